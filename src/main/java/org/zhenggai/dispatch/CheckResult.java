package org.zhenggai.dispatch;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The result of checking one sampled measure; a failure needs the reason, which the department will read. */
public record CheckResult(@NotNull Long measureId, @NotNull SpotCheckResult result,
		@Size(max = 2000) @Nullable String reason) {
}
