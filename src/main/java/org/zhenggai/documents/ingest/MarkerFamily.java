package org.zhenggai.documents.ingest;

/**
 * The kinds of numbering marker in official Chinese documents, in their conventional order from the
 * outermost (一、) to the innermost (一是). Heading families number headings; the others enumerate
 * inside a paragraph and are often never "closed" by the text.
 */
enum MarkerFamily {

	/** 一、 / 一. / 第一部分 */
	PART(10, true),
	/** 第一大类问题 / 第一类问题 / 第一方面 */
	CATEGORY(20, true),
	/** （一） / (一) / ㈠ */
	PAREN_CHINESE(30, true),
	/** 1. / 1、 / 1． / ⒈ */
	ARABIC_DOT(40, true),
	/** （1） / (1) / ⑴ */
	PAREN_ARABIC(50, false),
	/** 1） / 1) */
	HALF_PAREN(60, false),
	/** ① */
	CIRCLED(70, false),
	/** 第一，/ 第一、 */
	ORDINAL(75, false),
	/** 一是 / 二是 */
	ENUM_SHI(80, false),
	/** 整改措施： / 整改进度： and the like: names a section, not a number. */
	LABEL(0, false);

	final int rank;

	final boolean heading;

	MarkerFamily(int rank, boolean heading) {
		this.rank = rank;
		this.heading = heading;
	}

	/** Enumerations written inside a paragraph, which the next heading ends without saying so. */
	boolean inline() {
		return !heading && this != LABEL;
	}
}
