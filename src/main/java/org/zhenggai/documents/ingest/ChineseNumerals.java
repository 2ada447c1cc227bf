package org.zhenggai.documents.ingest;

/** Numerals as Chinese documents write them: 一 … 九百九十九, 〇/零/两, and full-width digits. */
final class ChineseNumerals {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** The value of a counting numeral (三, 十一, 二十三, 一百零三), or -1 when it is not one. */
	static int parse(CharSequence numeral) {
		if (numeral.length() == 0) {
			return -1;
		}
		int total = 0;
		int digit = -1;
		for (int i = 0; i < numeral.length(); i++) {
			char c = numeral.charAt(i);
			int value = digitValue(c);
			if (value >= 0) {
				if (digit > 0) {
					return -1; // 二三 is no numeral
				}
				digit = value;
			}
			else if (c == '十' || c == '百') {
				int unit = c == '十' ? 10 : 100;
				if (digit == 0 || total % (unit * 10) >= unit) {
					return -1;
				}
				total += (digit < 0 ? 1 : digit) * unit;
				digit = -1;
			}
			else {
				return -1;
			}
		}
		return total + Math.max(digit, 0);
	}

	/** The value of digits written one by one, as in years (二〇二四), or -1. */
	static int parseDigitSequence(CharSequence digits) {
		if (digits.length() == 0 || digits.length() > 9) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digitValue(digits.charAt(i));
			if (d < 0) {
				d = asciiDigit(digits.charAt(i));
			}
			if (d < 0) {
				return -1;
			}
			value = value * 10 + d;
		}
		return value;
	}

	/** The value of Arabic digits, half- or full-width, or -1. */
	static int parseArabic(CharSequence digits) {
		if (digits.length() == 0 || digits.length() > 9) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = asciiDigit(digits.charAt(i));
			if (d < 0) {
				return -1;
			}
			value = value * 10 + d;
		}
		return value;
	}

	/** A count written either way: 36, ３６ or 三十六; -1 when it is neither. */
	static int parseAny(CharSequence numeral) {
		int arabic = parseArabic(numeral);
		return arabic >= 0 ? arabic : parse(numeral);
	}

	static boolean isNumeralChar(char c) {
		return digitValue(c) >= 0 || c == '十' || c == '百';
	}

	static boolean isAsciiOrWideDigit(char c) {
		return asciiDigit(c) >= 0;
	}

	private static int digitValue(char c) {
		if (c == '零' || c == '○') {
			return 0;
		}
		if (c == '两') {
			return 2;
		}
		return DIGITS.indexOf(c);
	}

	private static int asciiDigit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= '０' && c <= '９') {
			return c - '０';
		}
		return -1;
	}
}
