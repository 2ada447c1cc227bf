package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseDatesTest {

	static ChineseDates.Mention period(String text, LocalDate context) {
		return ChineseDates.periods(text, context).get(0);
	}

	@Test
	void readsAFullDate() {
		assertThat(period("2024年3月28日，区委巡察组反馈", null).first()).isEqualTo(LocalDate.of(2024, 3, 28));
		assertThat(period("二〇二五年一月二十五日", null).first()).isEqualTo(LocalDate.of(2025, 1, 25));
		assertThat(period("添加日期:2018-11-05", null).first()).isEqualTo(LocalDate.of(2018, 11, 5));
		assertThat(period("２０２４年３月２８日", null).first()).isEqualTo(LocalDate.of(2024, 3, 28));
	}

	@Test
	void readsARangeWhoseEndLeavesOutTheYear() {
		ChineseDates.Mention range = period("2022年10月12日—10月25日", null);

		assertThat(range.first()).isEqualTo(LocalDate.of(2022, 10, 12));
		assertThat(range.last()).isEqualTo(LocalDate.of(2022, 10, 25));
	}

	@Test
	void readsThirdsOfAMonthAsTheirFirstAndLastDays() {
		ChineseDates.Mention range = period("2022年6月下旬至8月下旬", null);
		assertThat(range.first()).isEqualTo(LocalDate.of(2022, 6, 21));
		assertThat(range.last()).isEqualTo(LocalDate.of(2022, 8, 31));

		ChineseDates.Mention early = period("2024年2月上旬至中旬", null);
		assertThat(early.first()).isEqualTo(LocalDate.of(2024, 2, 1));

		assertThat(period("2024年2月中旬", null).last()).isEqualTo(LocalDate.of(2024, 2, 20));
		assertThat(period("2024年2月底", null).first()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void readsAMonthAsTheWholeMonth() {
		ChineseDates.Mention range = period("2017年9月至2017年11月", null);

		assertThat(range.first()).isEqualTo(LocalDate.of(2017, 9, 1));
		assertThat(range.last()).isEqualTo(LocalDate.of(2017, 11, 30));
	}

	@Test
	void readsADayOnlyEnd() {
		assertThat(period("2024年3月1日至15日", null).last()).isEqualTo(LocalDate.of(2024, 3, 15));
	}

	@Test
	void takesAMissingYearFromTheDateBeforeAndTheNextYearWhenTheMonthGoesBack() {
		assertThat(period("10月12日", LocalDate.of(2022, 8, 31)).first()).isEqualTo(LocalDate.of(2022, 10, 12));
		assertThat(period("1月10日", LocalDate.of(2023, 12, 20)).first()).isEqualTo(LocalDate.of(2024, 1, 10));
		assertThat(period("3月16日", null).known()).isFalse();
	}

	@Test
	void aRedactedOrImpossibleDateIsFoundButUnknown() {
		assertThat(period("*年*月*日", null).known()).isFalse();
		assertThat(period("2024年×月×日", null).known()).isFalse();
		assertThat(period("2023年2月30日", null).known()).isFalse();
	}

	@Test
	void ignoresWhatIsNoDate() {
		assertThat(ChineseDates.periods("用时3个月，每月召开1次，12个班级", null)).isEmpty();
	}
}
