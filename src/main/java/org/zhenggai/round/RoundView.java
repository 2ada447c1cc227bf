package org.zhenggai.round;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A round as other modules and API clients see it. */
public record RoundView(Long id, String name, RoundKind kind, String inspectingBody, String inspectionGroup,
		Long unitId, @Nullable LocalDate stationingStart, @Nullable LocalDate stationingEnd,
		@Nullable LocalDate feedbackDate, @Nullable LocalDate rectificationDeadline,
		@Nullable String planDocumentNumber, List<StageView> stages, @Nullable Long officeRoundId, Integer version) {

	public record StageView(String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
	}
}
