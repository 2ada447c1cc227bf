package org.zhenggai.round;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to record an inspection round; it may name the round of inspections it is part of. */
public record NewRound(@NotBlank @Size(max = 200) String name, @NotNull RoundKind kind,
		@NotBlank @Size(max = 100) String inspectingBody, @NotBlank @Size(max = 100) String inspectionGroup,
		@NotNull Long unitId, @Nullable LocalDate stationingStart, @Nullable LocalDate stationingEnd,
		@Nullable LocalDate feedbackDate, @Nullable LocalDate rectificationDeadline,
		@Size(max = 100) @Nullable String planDocumentNumber, @Nullable List<@Valid NewStage> stages,
		@Nullable Long officeRoundId) {

	public record NewStage(@NotBlank @Size(max = 100) String name, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn) {
	}
}
