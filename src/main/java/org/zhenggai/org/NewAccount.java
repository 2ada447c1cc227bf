package org.zhenggai.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to give a person of a unit a login. */
public record NewAccount(
		@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{validation.username}") String username,
		@NotBlank @Size(max = 100) String displayName, @NotNull Role role, @Nullable Long departmentId,
		@NotBlank @Size(min = 8, max = 128) String password, @Nullable Long personId) {

	public NewAccount(String username, String displayName, Role role, @Nullable Long departmentId, String password) {
		this(username, displayName, role, departmentId, password, null);
	}

	/** Everything but the password, so that no log of a request can contain it. */
	@Override
	public String toString() {
		return "NewAccount[username=" + username + ", displayName=" + displayName + ", role=" + role + ", departmentId="
				+ departmentId + ", personId=" + personId + ", password=***]";
	}
}
