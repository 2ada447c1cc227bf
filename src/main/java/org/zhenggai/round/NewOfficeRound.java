package org.zhenggai.round;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to record a round of inspections run by an inspection office. */
public record NewOfficeRound(@NotNull Long unitId, @NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 100) String inspectingBody, @Nullable LocalDate startsOn) {
}
