package org.zhenggai.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A category's new title and the version it was read at. */
public record CategoryChange(@NotNull Integer version, @NotBlank @Size(max = 500) String title) {
}
