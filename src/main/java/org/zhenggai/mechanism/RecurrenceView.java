package org.zhenggai.mechanism;

import org.jspecify.annotations.Nullable;

/** A problem of this round that repeats one of an earlier round, with both titles and the earlier round. */
public record RecurrenceView(Long id, Long roundId, Long problemId, String problemTitle, Long earlierProblemId,
		String earlierProblemTitle, Long earlierRoundId, String earlierRoundName, String earlierUnitName,
		@Nullable String note, String linkedBy, Integer version) {
}
