package org.zhenggai.accountability;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An accountability action as API clients see it. */
public record AccountabilityActionView(Long id, Long roundId, AccountabilityKind kind, LocalDate takenOn,
		@Nullable Long personId, @Nullable Long departmentId, String reason, @Nullable Long problemId,
		@Nullable Long measureId, String recordedBy, Integer version) {
}
