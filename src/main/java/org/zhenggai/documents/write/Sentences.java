package org.zhenggai.documents.write;

/** Small helpers that keep generated Chinese text well punctuated. */
final class Sentences {

	private static final String CLOSING = "。！？；…”";

	private Sentences() {
	}

	/** The text ending in a full stop, unless it already ends a sentence. */
	static String sentence(String text) {
		String stripped = text.strip();
		if (stripped.isEmpty() || CLOSING.indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
			return stripped;
		}
		return stripped + "。";
	}

	/** The text without a closing full stop or colon, for use inside a longer sentence. */
	static String clause(String text) {
		String stripped = text.strip();
		while (!stripped.isEmpty() && "。；：，".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
			stripped = stripped.substring(0, stripped.length() - 1);
		}
		return stripped;
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** 巡视 for committees at province level and above, whose groups are 巡视组; 巡察 below. */
	static String inspectionWord(String inspectionGroup) {
		return inspectionGroup != null && inspectionGroup.contains("巡视") ? "巡视" : "巡察";
	}
}
