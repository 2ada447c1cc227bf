package org.zhenggai.documents.ingest;

import java.util.List;

/**
 * Checks that sibling items are numbered 1, 2, 3 … and says in a warning where they are not. Items of
 * different kinds of marker are not compared.
 */
final class Numbering {

	private static final int WHERE_LENGTH = 20;

	private final List<String> warnings;

	Numbering(List<String> warnings) {
		this.warnings = warnings;
	}

	/** Checks items that should start at 1. */
	void check(List<OutlineNode> items, String what, String where) {
		check(items, what, where, 0);
	}

	/**
	 * Checks items that should start at 1, or, when {@code continuesAfter} is positive, may also go on
	 * from there (problems numbered through the whole document rather than per category).
	 */
	void check(List<OutlineNode> items, String what, String where, int continuesAfter) {
		String prefix = where == null || where.isBlank() ? "" : "“" + Titles.shorten(where, WHERE_LENGTH) + "”中";
		Marker previous = null;
		for (OutlineNode item : items) {
			Marker marker = item.marker();
			if (previous == null || previous.family() != marker.family()) {
				if (previous == null && marker.ordinal() != 1 && marker.ordinal() != continuesAfter + 1) {
					warnings.add(prefix + what + "编号从“" + marker.written() + "”开始");
				}
			}
			else if (marker.ordinal() == previous.ordinal()) {
				warnings.add(prefix + what + "编号重复：“" + marker.written() + "”");
			}
			else if (marker.ordinal() != previous.ordinal() + 1) {
				warnings.add(prefix + what + "编号不连续：“" + previous.written() + "”之后是“" + marker.written() + "”");
			}
			previous = marker;
		}
	}
}
