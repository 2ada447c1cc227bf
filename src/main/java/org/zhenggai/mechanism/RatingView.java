package org.zhenggai.mechanism;

import java.time.LocalDate;

/** A unit's rating as the office gave it; a 差 (POOR) rating proposes a look-back inspection of the unit. */
public record RatingView(Long id, Long roundId, Long unitId, Rating rating, String reason, String ratedBy,
		LocalDate ratedOn, boolean lookBackProposed, Integer version) {
}
