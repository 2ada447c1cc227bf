package org.zhenggai.supervision;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A notification in the application; unread while {@code readAt} is null. */
public record NotificationView(Long id, @Nullable Long departmentId, @Nullable Long personId,
		@Nullable Long measureId, NotificationKind kind, String text, Instant createdAt, @Nullable Instant readAt) {
}
