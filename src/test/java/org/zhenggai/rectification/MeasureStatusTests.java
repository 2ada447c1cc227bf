package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeasureStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2024, 3, 28);

	@Test
	void aMeasureIsCompletedByItsLatestPhrase() {
		assertThat(MeasureStatus.of(null)).isEqualTo(MeasureStatus.NOT_STARTED);
		assertThat(MeasureStatus.of(ProgressPhrase.IN_PROGRESS)).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(MeasureStatus.of(ProgressPhrase.LONG_TERM)).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(MeasureStatus.of(ProgressPhrase.COMPLETED)).isEqualTo(MeasureStatus.COMPLETED);
		assertThat(MeasureStatus.of(ProgressPhrase.COMPLETED_ONGOING)).isEqualTo(MeasureStatus.COMPLETED);
		assertThat(MeasureStatus.of(ProgressPhrase.STAGE_DONE_ONGOING)).isEqualTo(MeasureStatus.COMPLETED);
	}

	@Test
	void theSqlRuleNamesExactlyTheCompletingPhrases() {
		assertThat(ProgressPhrase.COMPLETING_SQL_LIST)
			.isEqualTo("('COMPLETED', 'COMPLETED_ONGOING', 'STAGE_DONE_ONGOING')");
	}

	@Test
	void aProblemIsCompletedOnlyWhenAllItsMeasuresAre() {
		assertThat(MeasureStatus.ofProblem(List.of())).isEqualTo(MeasureStatus.NOT_STARTED);
		assertThat(MeasureStatus.ofProblem(List.of(MeasureStatus.NOT_STARTED, MeasureStatus.NOT_STARTED)))
			.isEqualTo(MeasureStatus.NOT_STARTED);
		assertThat(MeasureStatus.ofProblem(List.of(MeasureStatus.COMPLETED, MeasureStatus.NOT_STARTED)))
			.isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(MeasureStatus.ofProblem(List.of(MeasureStatus.COMPLETED, MeasureStatus.COMPLETED)))
			.isEqualTo(MeasureStatus.COMPLETED);
	}

	@Test
	void aMeasureIsOverdueWhenItsDeadlinePassedAndItIsNotCompleted() {
		assertThat(Overdue.test(TODAY.minusDays(1), MeasureStatus.IN_PROGRESS, TODAY)).isTrue();
		assertThat(Overdue.test(TODAY.minusDays(1), MeasureStatus.COMPLETED, TODAY)).isFalse();
		assertThat(Overdue.test(TODAY, MeasureStatus.NOT_STARTED, TODAY)).as("due today is not late yet").isFalse();
		assertThat(Overdue.test(null, MeasureStatus.NOT_STARTED, TODAY)).as("ongoing work has no deadline").isFalse();
	}
}
