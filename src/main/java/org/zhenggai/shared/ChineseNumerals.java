package org.zhenggai.shared;

/** The numbering of official documents: 一、 → （一） → 1. and the enumeration 一是、二是. */
public final class ChineseNumerals {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private ChineseNumerals() {
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; up to 99, which no document outgrows. */
	public static String of(int number) {
		if (number < 1 || number > 99) {
			throw new IllegalArgumentException("no Chinese numeral for " + number);
		}
		if (number < 10) {
			return DIGITS[number];
		}
		int tens = number / 10;
		int units = number % 10;
		return (tens == 1 ? "" : DIGITS[tens]) + "十" + (units == 0 ? "" : DIGITS[units]);
	}

	/** 一 → 1, 十二 → 12, 三十五 → 35: the inverse of {@link #of}; 0 for anything else. */
	public static int parse(String numeral) {
		for (int number = 1; number <= 99; number++) {
			if (of(number).equals(numeral)) {
				return number;
			}
		}
		return 0;
	}

	/** 一、 */
	public static String levelOne(int number) {
		return of(number) + "、";
	}

	/** （一） */
	public static String levelTwo(int number) {
		return "（" + of(number) + "）";
	}

	/** 一是 */
	public static String enumeration(int number) {
		return of(number) + "是";
	}
}
