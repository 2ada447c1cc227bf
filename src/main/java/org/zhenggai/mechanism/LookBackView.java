package org.zhenggai.mechanism;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A look-back as API clients see it; {@code due} when its date has come and nothing is recorded
 * yet. A rebound names the measure added to the problem for it.
 */
public record LookBackView(Long id, Long roundId, Long problemId, LocalDate dueOn, boolean due,
		@Nullable LookBackOutcome outcome, @Nullable String finding, @Nullable LocalDate checkedOn,
		@Nullable String checkedBy, @Nullable Long newMeasureId, String scheduledBy, Integer version) {
}
