package org.zhenggai.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to add a department to a unit. */
public record NewDepartment(@NotBlank @Size(max = 200) String name,
		@Email @Size(max = 200) @Nullable String email) {

	public NewDepartment(String name) {
		this(name, null);
	}
}
