package org.zhenggai.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A supervision notice; {@code status} ISSUED, REPLIED, ESCALATED or CLOSED. */
public record NoticeView(Long id, Long measureId, Long departmentId, String demand, LocalDate replyDeadline,
		String status, String issuedBy, Instant issuedAt, @Nullable String reply, @Nullable String repliedBy,
		@Nullable Instant repliedAt, @Nullable Instant escalatedAt, Integer version) {
}
