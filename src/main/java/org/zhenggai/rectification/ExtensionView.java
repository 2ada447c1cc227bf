package org.zhenggai.rectification;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A deadline extension request and its decision. {@code status}: PENDING, APPROVED or REFUSED. */
public record ExtensionView(Long id, Long measureId, @Nullable LocalDate fromDeadline, LocalDate toDeadline,
		String reason, String requestedBy, Instant requestedAt, String status, @Nullable String decidedBy,
		@Nullable Instant decidedAt, @Nullable String decisionReason, Integer version) {
}
