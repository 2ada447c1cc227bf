package org.zhenggai.documents.ingest;

/**
 * A numbering marker as found in the text.
 *
 * @param ordinal its value (3 for 三、, （3）, ③, 三是); 0 for a label
 * @param written the marker exactly as written, e.g. （一） or 1．
 * @param number the bare numeral: 一 for 一、 （一） 第一大类问题 一是; ASCII digits for 1. （1） ⑴ 1）; ① as written
 * @param label the kind of section a label opens; {@code null} for numbers
 */
record Marker(MarkerFamily family, int ordinal, String written, String number, LabelKind label) {

	boolean isLabel() {
		return family == MarkerFamily.LABEL;
	}
}
