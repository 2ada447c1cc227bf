package org.zhenggai.shared;

import org.springframework.stereotype.Component;

/** Chinese numbering for the pages, e.g. {@code ${@numerals.levelTwo(2)}} gives （二）. */
@Component("numerals")
public class Numerals {

	public String of(int number) {
		return ChineseNumerals.of(number);
	}

	public String levelOne(int number) {
		return ChineseNumerals.levelOne(number);
	}

	public String levelTwo(int number) {
		return ChineseNumerals.levelTwo(number);
	}
}
