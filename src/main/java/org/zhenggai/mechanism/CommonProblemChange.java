package org.zhenggai.mechanism;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The office's title for a common problem and whether it confirms the group for publishing; with
 * the version read, a change made meanwhile by someone else is refused.
 */
public record CommonProblemChange(@NotBlank @Size(max = 500) String title, @NotNull Boolean confirmed,
		@Nullable Integer version) {
}
