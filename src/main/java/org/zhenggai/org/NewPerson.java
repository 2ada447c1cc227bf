package org.zhenggai.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to add a person to a unit; {@code leader} marks the unit's leaders (局领导). */
public record NewPerson(@NotBlank @Size(max = 100) String name, @Size(max = 100) @Nullable String title,
		@Nullable Long departmentId, boolean leader, @Size(max = 50) @Nullable String phone) {
}
