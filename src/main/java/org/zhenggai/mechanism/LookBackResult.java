package org.zhenggai.mechanism;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a look-back found. A rebound needs the finding; the problem is reopened and a measure added
 * to it: {@code measureText} (the finding when left out), led by {@code leadDepartmentId} (the
 * problem's when left out), due on {@code deadline} (done at once when left out).
 */
public record LookBackResult(@NotNull LookBackOutcome outcome, @Size(max = 4000) @Nullable String finding,
		@Size(max = 4000) @Nullable String measureText, @Nullable Long leadDepartmentId,
		@Nullable LocalDate deadline) {
}
