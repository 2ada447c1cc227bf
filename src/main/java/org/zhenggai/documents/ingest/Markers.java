package org.zhenggai.documents.ingest;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises a numbering marker or a section label starting at one position of a line. Every pattern
 * is anchored and matched on a short region, so a call costs the same on any line length.
 */
final class Markers {

	/** How a position relates to what precedes it; decides which markers may start there. */
	enum Boundary {
		/** the first non-blank character of a line */
		LINE_START,
		/** after a sentence end (。；：！？) or after blanks, as in text run together on one line */
		SENTENCE,
		/** after a comma or 、, where 二是 and （2） still start an item */
		CLAUSE,
		/** inside a sentence */
		NONE
	}

	/** A marker and where the text after it starts. */
	record Match(Marker marker, int end) {
	}

	private static final int LOOKAHEAD = 24;

	private static final String CN = "[一二三四五六七八九十]";

	private static final String DIGIT = "[0-9０-９]";

	private static final Pattern PAREN = Pattern.compile(
			"[（(]\\s?(" + CN + "{1,3}|" + DIGIT + "{1,2})\\s?[）)][、.．，,:：]?");

	/** up to 3 digits: a long feedback numbers its problems through, past 99 */
	private static final Pattern ARABIC = Pattern.compile("(" + DIGIT + "{1,3})\\s?([.．、]|[）)])");

	private static final Pattern CHINESE = Pattern.compile("(" + CN + "{1,3})(、|．|\\.|是[：:，,]?)");

	private static final Pattern DI = Pattern.compile(
			"第(" + CN + "{1,3}|" + DIGIT + "{1,2})(大类|类|个方面|方面|部分)?(问题)?(?:\\s*[，,、:：．.]|\\s)?");

	private static final String LABEL_WORDS = "整改落实措施|整改措施|整改举措|具体措施|主要措施|采取措施|落实措施"
			+ "|整改落实情况|整改进度|整改进展|整改情况|整改结果|整改成效|进展情况|完成情况|落实情况"
			+ "|具体表现|主要表现|问题表现|表现形式|存在问题|问题描述"
			+ "|责任领导|牵头领导|责任单位|牵头单位|牵头科室|牵头部门|责任科室|责任部门|配合单位|配合科室|责任人"
			+ "|整改时限|完成时限|整改期限|整改目标";

	private static final Pattern LABEL = Pattern.compile(
			"(?:【\\s?(" + LABEL_WORDS + ")\\s?】\\s?[:：]?|(" + LABEL_WORDS + ")\\s?[:：])");

	private static final Pattern LABEL_LINE = Pattern.compile("(" + LABEL_WORDS + ")");

	/** The characters a label word may start with. */
	private static final String LABEL_STARTS = Arrays.stream(LABEL_WORDS.split("\\|"))
		.map(word -> word.substring(0, 1))
		.distinct()
		.collect(Collectors.joining());

	private Markers() {
	}

	/** Could a marker start with this character? A cheap test before any pattern is tried. */
	static boolean mayStart(char c) {
		return c == '(' || c == '（' || c == '第' || c == '【' || ChineseNumerals.isNumeralChar(c)
				|| ChineseNumerals.isAsciiOrWideDigit(c) || (c >= '\u2460' && c <= '\u249B')
				|| (c >= '\u3220' && c <= '\u3229') || (c >= '\u3251' && c <= '\u325F')
				|| (c >= '\u32B1' && c <= '\u32BF') || LABEL_STARTS.indexOf(c) >= 0;
	}

	/** The marker starting at {@code at}, if one may start there after such a boundary. */
	static Match at(String line, int at, Boundary boundary) {
		char c = line.charAt(at);
		Match symbol = symbol(line, at, c, boundary);
		if (symbol != null || boundary == Boundary.NONE) {
			return symbol;
		}
		if (c == '(' || c == '（') {
			return paren(line, at, boundary != Boundary.CLAUSE);
		}
		if (boundary == Boundary.CLAUSE) {
			return c == '第' ? ordinal(line, at) : enumeration(line, at);
		}
		if (c == '第') {
			return di(line, at);
		}
		if (c == '【') {
			return label(line, at, boundary);
		}
		if (ChineseNumerals.isAsciiOrWideDigit(c)) {
			return arabic(line, at);
		}
		if (ChineseNumerals.isNumeralChar(c)) {
			return chinese(line, at);
		}
		return label(line, at, boundary);
	}

	/** Markers that are single characters (①, ⑴, ⒈, ㈠) and a parenthesised number inside a sentence. */
	private static Match symbol(String line, int at, char c, Boundary boundary) {
		if (c >= '\u2460' && c <= '\u2473') {
			return single(MarkerFamily.CIRCLED, c - '\u2460' + 1, c, String.valueOf(c), line, at);
		}
		if (c >= '\u3251' && c <= '\u325F') {
			return single(MarkerFamily.CIRCLED, c - '\u3251' + 21, c, String.valueOf(c), line, at);
		}
		if (c >= '\u32B1' && c <= '\u32BF') {
			return single(MarkerFamily.CIRCLED, c - '\u32B1' + 36, c, String.valueOf(c), line, at);
		}
		if (c >= '\u2474' && c <= '\u2487') {
			int ordinal = c - '\u2474' + 1;
			return single(MarkerFamily.PAREN_ARABIC, ordinal, c, String.valueOf(ordinal), line, at);
		}
		if (c >= '\u3220' && c <= '\u3229') {
			int ordinal = c - '\u3220' + 1;
			return single(MarkerFamily.PAREN_CHINESE, ordinal, c, toChinese(ordinal), line, at);
		}
		if (c >= '\u2488' && c <= '\u249B' && boundary != Boundary.NONE && boundary != Boundary.CLAUSE) {
			int ordinal = c - '\u2488' + 1;
			return single(MarkerFamily.ARABIC_DOT, ordinal, c, String.valueOf(ordinal), line, at);
		}
		if ((c == '(' || c == '（') && boundary == Boundary.NONE) {
			return parenInsideSentence(line, at);
		}
		return null;
	}

	private static Match single(MarkerFamily family, int ordinal, char c, String number, String line, int at) {
		Marker marker = new Marker(family, ordinal, String.valueOf(c), number, null);
		return new Match(marker, skipSeparator(line, at + 1));
	}

	/**
	 * @param figureMayFollow whether the item may open with a figure, as （1）2024年底前完成… does at the
	 *     start of a line or sentence; within a sentence （1）2 is more likely part of a formula or figure
	 */
	private static Match paren(String line, int at, boolean figureMayFollow) {
		Matcher m = matcher(PAREN, line, at);
		if (!m.lookingAt() || (!figureMayFollow && followedByDigit(line, m.end()))) {
			return null;
		}
		String numeral = m.group(1);
		boolean chinese = ChineseNumerals.isNumeralChar(numeral.charAt(0));
		int ordinal = ChineseNumerals.parseAny(numeral);
		if (ordinal <= 0) {
			return null;
		}
		MarkerFamily family = chinese ? MarkerFamily.PAREN_CHINESE : MarkerFamily.PAREN_ARABIC;
		String written = line.substring(at, m.end(0)).replaceAll("[、.．，,:：]$", "");
		String number = chinese ? numeral : String.valueOf(ordinal);
		return new Match(new Marker(family, ordinal, written, number, null), skipSeparator(line, m.end()));
	}

	/**
	 * A parenthesised number inside a sentence still starts an item (……；（2）……), but not a reference
	 * such as 第三条（一）项 or a year such as (2024).
	 */
	private static Match parenInsideSentence(String line, int at) {
		if (at > 0) {
			char before = line.charAt(at - 1);
			if ((before < 128 && Character.isLetterOrDigit(before)) || before == '条' || before == '第') {
				return null;
			}
		}
		Match match = paren(line, at, false);
		if (match == null || match.end() >= line.length()) {
			return match;
		}
		char after = line.charAt(match.end());
		return "项款目条号".indexOf(after) >= 0 ? null : match;
	}

	private static Match arabic(String line, int at) {
		Matcher m = matcher(ARABIC, line, at);
		if (!m.lookingAt()) {
			return null;
		}
		// 1.5万元, 3.x, 2、3项 and 10%% are numbers, not markers
		if (m.end() < line.length()) {
			char after = line.charAt(m.end());
			if (ChineseNumerals.isAsciiOrWideDigit(after) || after == '%' || after == '％'
					|| (after < 128 && Character.isLetter(after))) {
				return null;
			}
		}
		int ordinal = ChineseNumerals.parseArabic(m.group(1));
		if (ordinal <= 0) {
			return null;
		}
		boolean halfParen = m.group(2).equals(")") || m.group(2).equals("）");
		MarkerFamily family = halfParen ? MarkerFamily.HALF_PAREN : MarkerFamily.ARABIC_DOT;
		Marker marker = new Marker(family, ordinal, m.group(), String.valueOf(ordinal), null);
		return new Match(marker, skipSeparator(line, m.end()));
	}

	private static Match chinese(String line, int at) {
		Matcher m = matcher(CHINESE, line, at);
		if (!m.lookingAt()) {
			return null;
		}
		int ordinal = ChineseNumerals.parse(m.group(1));
		if (ordinal <= 0) {
			return null;
		}
		boolean shi = m.group(2).startsWith("是");
		// 一、二年级 and 一、二等奖 list numerals; they number nothing
		if (!shi && m.end() < line.length() && ChineseNumerals.isNumeralChar(line.charAt(m.end()))) {
			return null;
		}
		MarkerFamily family = shi ? MarkerFamily.ENUM_SHI : MarkerFamily.PART;
		String written = shi ? m.group(1) + "是" : m.group(1) + m.group(2);
		Marker marker = new Marker(family, ordinal, written, m.group(1), null);
		return new Match(marker, skipSeparator(line, m.end()));
	}

	private static Match enumeration(String line, int at) {
		Match match = ChineseNumerals.isNumeralChar(line.charAt(at)) ? chinese(line, at) : null;
		return match != null && match.marker().family() == MarkerFamily.ENUM_SHI ? match : null;
	}

	/** 第一大类问题, 第一部分, 第一方面 and the ordinal 第一，. */
	private static Match di(String line, int at) {
		Matcher m = matcher(DI, line, at);
		if (!m.lookingAt()) {
			return null;
		}
		String kind = m.group(2);
		if (kind == null) {
			return ordinal(line, at);
		}
		int ordinal = ChineseNumerals.parseAny(m.group(1));
		if (ordinal <= 0) {
			return null;
		}
		MarkerFamily family = kind.equals("部分") ? MarkerFamily.PART : MarkerFamily.CATEGORY;
		String written = "第" + m.group(1) + kind + (m.group(3) == null ? "" : m.group(3));
		String number = ChineseNumerals.isNumeralChar(m.group(1).charAt(0)) ? m.group(1) : String.valueOf(ordinal);
		return new Match(new Marker(family, ordinal, written, number, null), skipSeparator(line, m.end()));
	}

	private static Match ordinal(String line, int at) {
		Matcher m = matcher(DI, line, at);
		if (!m.lookingAt() || m.group(2) != null || m.group(3) != null) {
			return null;
		}
		String separator = line.substring(m.end(1), m.end()).trim();
		if (!separator.matches("[，,、]") || !ChineseNumerals.isNumeralChar(m.group(1).charAt(0))) {
			return null; // 第一阶段, 第3条 and 第一．are no enumeration
		}
		int ordinal = ChineseNumerals.parse(m.group(1));
		if (ordinal <= 0) {
			return null;
		}
		Marker marker = new Marker(MarkerFamily.ORDINAL, ordinal, "第" + m.group(1), m.group(1), null);
		return new Match(marker, skipSeparator(line, m.end()));
	}

	private static Match label(String line, int at, Boundary boundary) {
		Matcher m = matcher(LABEL, line, at);
		String word;
		int end;
		if (m.lookingAt()) {
			word = m.group(1) != null ? m.group(1) : m.group(2);
			end = m.end();
		}
		else if (boundary == Boundary.LINE_START && (m = matcher(LABEL_LINE, line, at)).lookingAt()
				&& line.substring(m.end()).isBlank()) {
			word = m.group(1); // a label alone on its line, as in a table heading
			end = m.end();
		}
		else {
			return null;
		}
		Marker marker = new Marker(MarkerFamily.LABEL, 0, word, null, labelKind(word));
		return new Match(marker, skipSeparator(line, end));
	}

	private static LabelKind labelKind(String word) {
		if (word.endsWith("措施") || word.endsWith("举措")) {
			return LabelKind.MEASURES;
		}
		if (word.endsWith("情况") || word.endsWith("进度") || word.endsWith("进展") || word.endsWith("结果")
				|| word.endsWith("成效")) {
			return LabelKind.PROGRESS;
		}
		if (word.contains("表现") || word.contains("问题")) {
			return LabelKind.MANIFESTATIONS;
		}
		return LabelKind.OTHER;
	}

	private static Matcher matcher(Pattern pattern, String line, int at) {
		return pattern.matcher(line).region(at, Math.min(line.length(), at + LOOKAHEAD));
	}

	private static boolean followedByDigit(String line, int at) {
		return at < line.length() && ChineseNumerals.isAsciiOrWideDigit(line.charAt(at));
	}

	/** Skips the blanks and the one separator some writers put after a marker: （一）、 一是： 第一大类问题， */
	private static int skipSeparator(String line, int at) {
		int i = at;
		while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		if (i < line.length() && "、，,：:．.".indexOf(line.charAt(i)) >= 0 && i == at) {
			i++;
		}
		while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		return i;
	}

	static String toChinese(int n) {
		String digits = "〇一二三四五六七八九";
		if (n <= 10) {
			return n == 10 ? "十" : String.valueOf(digits.charAt(n));
		}
		if (n < 20) {
			return "十" + digits.charAt(n - 10);
		}
		return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
	}
}
