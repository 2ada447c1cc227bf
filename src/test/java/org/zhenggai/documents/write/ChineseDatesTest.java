package org.zhenggai.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseDatesTest {

	@Test
	void writesDatesWithoutLeadingZeros() {
		assertThat(ChineseDates.format(LocalDate.of(2024, 3, 8))).isEqualTo("2024年3月8日");
	}

	@Test
	void aRangeWithinOneYearNamesTheYearOnce() {
		assertThat(ChineseDates.range(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30)))
			.isEqualTo("2024年3月1日至4月30日");
	}

	@Test
	void aRangeAcrossYearsNamesBothYears() {
		assertThat(ChineseDates.range(LocalDate.of(2023, 11, 17), LocalDate.of(2024, 1, 17)))
			.isEqualTo("2023年11月17日至2024年1月17日");
	}

	@Test
	void readsTheWaysOfficesTypeDates() {
		LocalDate expected = LocalDate.of(2024, 3, 28);
		assertThat(ChineseDates.parse("2024年3月28日")).contains(expected);
		assertThat(ChineseDates.parse("2024-03-28")).contains(expected);
		assertThat(ChineseDates.parse("2024/3/28")).contains(expected);
		assertThat(ChineseDates.parse("2024.3.28")).contains(expected);
		assertThat(ChineseDates.parse(" 2024年3月28日前 ")).contains(expected);
	}

	@Test
	void impossibleOrShapelessDatesAreNoDates() {
		assertThat(ChineseDates.parse("2024年2月30日")).isEmpty();
		assertThat(ChineseDates.parse("2024年13月1日")).isEmpty();
		assertThat(ChineseDates.parse("下月底")).isEmpty();
		assertThat(ChineseDates.parse("")).isEmpty();
	}
}
