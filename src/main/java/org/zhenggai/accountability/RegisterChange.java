package org.zhenggai.accountability;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new handling status (and to whom it was handed), for the version of the entry that was read. */
public record RegisterChange(@NotNull Integer version, @NotNull HandlingStatus status,
		@Size(max = 200) @Nullable String handedTo) {
}
