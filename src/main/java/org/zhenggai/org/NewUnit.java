package org.zhenggai.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to register a unit. */
public record NewUnit(@NotBlank @Size(max = 200) String name, @Nullable Long parentId,
		@Size(max = 200) @Nullable String partyBody, @Size(max = 50) @Nullable String phone,
		@Size(max = 300) @Nullable String address, @Size(max = 20) @Nullable String postcode,
		@Email @Size(max = 200) @Nullable String email) {
}
