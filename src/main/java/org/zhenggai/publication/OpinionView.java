package org.zhenggai.publication;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An opinion from the public as the office sees it, with the sender's name and contact when given. */
public record OpinionView(Long id, Long publicReportId, Long unitId, String receipt, @Nullable String name,
		@Nullable String contact, String text, Instant receivedAt, OpinionStatus status, @Nullable Long departmentId,
		@Nullable String reply, @Nullable String repliedBy, @Nullable Instant repliedAt, @Nullable Instant handledAt,
		@Nullable Long problemId, @Nullable Long measureId, Integer version) {
}
