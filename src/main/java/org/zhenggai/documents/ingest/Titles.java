package org.zhenggai.documents.ingest;

/** Cuts headings into a title and the text that follows it, and tidies their ends. */
final class Titles {

	private static final String SENTENCE_ENDS = "。！？!?";

	private static final String TRAILING = "。，,；;：:、！？!? ";

	/** Past this many characters a colon no longer ends a title: it is inside the text. */
	private static final int COLON_TITLE_MAX = 60;

	private Titles() {
	}

	/**
	 * The title of a heading (its first sentence, or what precedes a colon near its start) and the rest:
	 * 理论学习不扎实。党组… gives 理论学习不扎实 and 党组….
	 */
	static String[] split(String heading) {
		int end = -1;
		for (int i = 0; i < heading.length(); i++) {
			char c = heading.charAt(i);
			if (SENTENCE_ENDS.indexOf(c) >= 0) {
				end = i;
				break;
			}
			if ((c == '：' || c == ':') && i >= 4 && i <= COLON_TITLE_MAX && !insideQuote(heading, i)) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return new String[] { stripEnd(heading), "" };
		}
		return new String[] { stripEnd(heading.substring(0, end)), heading.substring(end + 1).strip() };
	}

	/** The text without closing punctuation and blanks: 学习贯彻…方面。 gives 学习贯彻…方面. */
	static String stripEnd(String text) {
		int end = text.length();
		while (end > 0 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		int start = 0;
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		return text.substring(start, end);
	}

	/** An enumerated item without the ；or ，that separates it from the next: 一是…；二是… */
	static String withoutSeparator(String text) {
		int end = text.length();
		while (end > 0 && "；;，,、 \n".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(0, end);
	}

	/** The sentence around position {@code at}, without its closing punctuation. */
	static String sentenceAround(String text, int at) {
		int start = at;
		while (start > 0 && !isSentenceBreak(text.charAt(start - 1))) {
			start--;
		}
		int end = at;
		while (end < text.length() && !isSentenceBreak(text.charAt(end))) {
			end++;
		}
		return stripEnd(text.substring(start, end));
	}

	/** The last sentence of the text, without its closing punctuation. */
	static String lastSentence(String text) {
		String trimmed = stripEnd(text);
		return trimmed.isEmpty() ? "" : sentenceAround(trimmed, trimmed.length() - 1);
	}

	/** A short form of a title for warnings. */
	static String shorten(String title, int max) {
		if (title == null) {
			return "";
		}
		return title.length() <= max ? title : title.substring(0, max) + "…";
	}

	private static boolean isSentenceBreak(char c) {
		return SENTENCE_ENDS.indexOf(c) >= 0 || c == '\n' || c == '；' || c == ';';
	}

	private static boolean insideQuote(String text, int at) {
		int open = 0;
		for (int i = 0; i < at; i++) {
			char c = text.charAt(i);
			if (c == '“' || c == '《') {
				open++;
			}
			else if ((c == '”' || c == '》') && open > 0) {
				open--;
			}
		}
		return open > 0;
	}
}
