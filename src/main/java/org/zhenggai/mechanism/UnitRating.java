package org.zhenggai.mechanism;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** The inspection office's rating of one unit's rectification in a round of inspections, with its reason. */
class UnitRating {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private Rating rating;
	private String reason;
	private String ratedBy;
	private LocalDate ratedOn;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private UnitRating() {
		// for reading from the database
	}

	UnitRating(Long roundId, Rating rating, String reason, String ratedBy, LocalDate ratedOn, Instant createdAt) {
		this.roundId = roundId;
		this.rating = rating;
		this.reason = reason;
		this.ratedBy = ratedBy;
		this.ratedOn = ratedOn;
		this.createdAt = createdAt;
	}

	void change(Rating rating, String reason, String by, LocalDate on) {
		this.rating = rating;
		this.reason = reason;
		this.ratedBy = by;
		this.ratedOn = on;
	}

	RatingView view(long unitId) {
		return new RatingView(id, roundId, unitId, rating, reason, ratedBy, ratedOn, rating == Rating.POOR, version);
	}
}
