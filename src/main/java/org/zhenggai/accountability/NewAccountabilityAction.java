package org.zhenggai.accountability;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An action to record: against a person, a department or both, with the reason and what it concerns. */
public record NewAccountabilityAction(@NotNull AccountabilityKind kind, @NotNull LocalDate takenOn,
		@Nullable Long personId, @Nullable Long departmentId, @NotBlank @Size(max = 4000) String reason,
		@Nullable Long problemId, @Nullable Long measureId) {
}
