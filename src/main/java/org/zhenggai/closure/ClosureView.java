package org.zhenggai.closure;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A closure request with every step taken: {@code status} SUBMITTED, OFFICE_APPROVED, RETURNED
 * (with the reason the department sees) or CLOSED.
 */
public record ClosureView(Long id, Long measureId, String summary, String status, String requestedBy,
		Instant requestedAt, @Nullable String reviewedBy, @Nullable Instant reviewedAt, @Nullable String returnReason,
		@Nullable String approvedBy, @Nullable Instant approvedAt, Integer version) {
}
