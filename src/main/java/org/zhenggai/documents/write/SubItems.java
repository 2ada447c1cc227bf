package org.zhenggai.documents.write;

import org.zhenggai.shared.ChineseNumerals;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enumerations people type into a measure or its progress (1.… 2.…, （1）…（2）…), set under an item
 * of a document.
 *
 * <p>Official documents nest 一、 → （一） → 1. → （1） → ①, and an item only holds numbering of the
 * levels below its own. Typed text knows nothing of the level it lands on: 1.已修订制度 under the
 * problem 1. reads, to a person and to the ingest parser alike, as the next problem. So the writers
 * number measures that hold an enumeration （1）（2）…, and renumber the parts of the enumeration
 * that would stand at that level or above as ①②…; 一是, ① and 1） already sit below and are kept.
 */
final class SubItems {

	/** Where a typed marker may start: after a sentence or clause, or at the start of the text. */
	private enum Boundary {
		START, SENTENCE, CLAUSE, NONE
	}

	/** Numbering at the level of （1） or above, which must not appear inside a measure. */
	private enum Family {
		/** 一、 */
		PART,
		/** （一） */
		PAREN_CHINESE,
		/** 1. 1、 1． ⒈ */
		ARABIC_DOT,
		/** （1） (1) ⑴ */
		PAREN_ARABIC
	}

	private record Found(Family family, int ordinal, int end) {
	}

	private static final String NUMERALS = "一二三四五六七八九十";

	private static final String CN = "[" + NUMERALS + "]";

	/** with the one separator some put after it: （1）、 */
	private static final Pattern PAREN = Pattern.compile("[（(]\\s?(" + CN + "{1,3}|[0-9０-９]{1,2})\\s?[）)][、，,:：]?");

	private static final Pattern ARABIC = Pattern.compile("([0-9０-９]{1,2})\\s?[.．、]");

	private static final Pattern PART = Pattern.compile("(" + CN + "{1,3})[、.．]");

	/** Numbering that sits below （1） but still makes the text an enumeration of its own. */
	private static final Pattern LOWER = Pattern.compile(
			"(?:^|[。；;！!？?：:，,、\\s])(?:" + CN + "{1,3}是|第" + CN + "{1,3}[，,、]|[0-9]{1,2}[)）])|[\\u2460-\\u2473]");

	private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

	private static final int LOOKAHEAD = 12;

	private SubItems() {
	}

	/** Whether the text numbers parts of its own, at any level. */
	static boolean enumerates(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return !nested(text).equals(text) || LOWER.matcher(text).find();
	}

	/** The text with the parts it numbers at the level of （1） or above renumbered ①②…. */
	static String nested(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		Map<Family, Integer> last = new HashMap<>();
		Boundary boundary = Boundary.START;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				out.append(c);
				i++;
				boundary = boundary == Boundary.START ? Boundary.START : Boundary.SENTENCE;
				continue;
			}
			Found found = marker(text, i, boundary);
			if (found != null && accepted(found, boundary, last)) {
				last.put(found.family(), found.ordinal());
				out.append(circled(found.ordinal()));
				i = found.end();
				boundary = Boundary.SENTENCE;
				continue;
			}
			out.append(c);
			i++;
			boundary = after(c);
		}
		return out.toString();
	}

	private static Boundary after(char c) {
		if ("。；;！!？?：:".indexOf(c) >= 0) {
			return Boundary.SENTENCE;
		}
		return "，,、".indexOf(c) >= 0 ? Boundary.CLAUSE : Boundary.NONE;
	}

	/**
	 * After a sentence any number is taken, since a list may go on from a number outside the text; in
	 * mid-sentence only a list's first item or the next one, so that 第三条（二）项 and stray figures stay.
	 */
	private static boolean accepted(Found found, Boundary boundary, Map<Family, Integer> last) {
		if (found.ordinal() > CIRCLED.length()) {
			return false;
		}
		if (boundary == Boundary.START || boundary == Boundary.SENTENCE || found.ordinal() == 1) {
			return true;
		}
		Integer previous = last.get(found.family());
		return previous != null && found.ordinal() == previous + 1;
	}

	private static Found marker(String text, int at, Boundary boundary) {
		char c = text.charAt(at);
		if (c >= '\u2474' && c <= '\u2487') {
			return new Found(Family.PAREN_ARABIC, c - '\u2474' + 1, at + 1);
		}
		if (c >= '\u2488' && c <= '\u249B' && (boundary == Boundary.START || boundary == Boundary.SENTENCE)) {
			return new Found(Family.ARABIC_DOT, c - '\u2488' + 1, at + 1);
		}
		if (c == '（' || c == '(') {
			return paren(text, at);
		}
		if (boundary != Boundary.START && boundary != Boundary.SENTENCE) {
			return null;
		}
		Matcher arabic = region(ARABIC, text, at);
		if (arabic.lookingAt() && !numberGoesOn(text, arabic.end())) {
			return new Found(Family.ARABIC_DOT, Integer.parseInt(ascii(arabic.group(1))), arabic.end());
		}
		Matcher part = region(PART, text, at);
		if (part.lookingAt() && !(part.end() < text.length() && NUMERALS.indexOf(text.charAt(part.end())) >= 0)) {
			return new Found(Family.PART, ChineseNumerals.parse(part.group(1)), part.end());
		}
		return null;
	}

	/** （1） and （一）, but not a year (2024) nor a clause reference as in 第三条（二）项. */
	private static Found paren(String text, int at) {
		if (at > 0) {
			char before = text.charAt(at - 1);
			if ((before < 128 && Character.isLetterOrDigit(before)) || before == '条' || before == '第') {
				return null;
			}
		}
		Matcher m = region(PAREN, text, at);
		if (!m.lookingAt() || numberGoesOn(text, m.end())
				|| (m.end() < text.length() && "项款目条号".indexOf(text.charAt(m.end())) >= 0)) {
			return null;
		}
		String numeral = m.group(1);
		boolean chinese = NUMERALS.indexOf(numeral.charAt(0)) >= 0;
		int ordinal = chinese ? ChineseNumerals.parse(numeral) : Integer.parseInt(ascii(numeral));
		return ordinal <= 0 ? null : new Found(chinese ? Family.PAREN_CHINESE : Family.PAREN_ARABIC, ordinal, m.end());
	}

	/** 1.5万元, 2、3项 and 10% are figures, not numbering. */
	private static boolean numberGoesOn(String text, int at) {
		if (at >= text.length()) {
			return false;
		}
		char next = text.charAt(at);
		return Character.isDigit(next) || next == '%' || next == '％' || (next < 128 && Character.isLetter(next));
	}

	private static Matcher region(Pattern pattern, String text, int at) {
		return pattern.matcher(text).region(at, Math.min(text.length(), at + LOOKAHEAD));
	}

	private static String ascii(String digits) {
		StringBuilder out = new StringBuilder();
		for (char c : digits.toCharArray()) {
			out.append(c >= '０' && c <= '９' ? (char) ('0' + c - '０') : c);
		}
		return out.toString();
	}

	private static char circled(int ordinal) {
		return CIRCLED.charAt(ordinal - 1);
	}
}
