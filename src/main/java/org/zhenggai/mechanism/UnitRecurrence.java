package org.zhenggai.mechanism;

import org.jspecify.annotations.Nullable;

/** A problem of one unit of a round of inspections that repeats a problem of an earlier round. */
public record UnitRecurrence(Long id, Long roundId, Long unitId, String unitName, Long problemId, String problemTitle,
		Long earlierProblemId, String earlierProblemTitle, String earlierRoundName, String earlierUnitName,
		@Nullable String note) {
}
