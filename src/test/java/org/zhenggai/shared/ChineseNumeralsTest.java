package org.zhenggai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

	@Test
	void countsAsDocumentsNumberTheirParts() {
		assertThat(ChineseNumerals.of(1)).isEqualTo("一");
		assertThat(ChineseNumerals.of(10)).isEqualTo("十");
		assertThat(ChineseNumerals.of(12)).isEqualTo("十二");
		assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
		assertThat(ChineseNumerals.of(35)).isEqualTo("三十五");
	}

	@Test
	void numbersEachLevelInItsOwnForm() {
		assertThat(ChineseNumerals.levelOne(2)).isEqualTo("二、");
		assertThat(ChineseNumerals.levelTwo(3)).isEqualTo("（三）");
		assertThat(ChineseNumerals.enumeration(4)).isEqualTo("四是");
	}

	@Test
	void refusesNumbersNoDocumentUses() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.of(0));
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.of(100));
	}
}
