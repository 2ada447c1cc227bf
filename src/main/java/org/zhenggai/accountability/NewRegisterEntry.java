package org.zhenggai.accountability;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A clue or petition to register: received when, from which source, what it says, how it stands. */
public record NewRegisterEntry(@NotNull LocalDate receivedOn, @NotBlank @Size(max = 200) String source,
		@NotBlank @Size(max = 4000) String summary, @Nullable HandlingStatus status,
		@Size(max = 200) @Nullable String handedTo) {
}
