package org.zhenggai.mechanism;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Links a problem to the problem of an earlier round it repeats. */
public record NewRecurrence(@NotNull Long earlierProblemId, @Size(max = 2000) @Nullable String note) {
}
