package org.zhenggai.mechanism;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A look-back (回头看): a re-check of a closed problem due on a date, typically some months after it
 * was closed, and what it found.
 */
class LookBack {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private Long problemId;
	private LocalDate dueOn;
	private String scheduledBy;
	private @Nullable LookBackOutcome outcome;
	private @Nullable String finding;
	private @Nullable LocalDate checkedOn;
	private @Nullable String checkedBy;
	private @Nullable Long newMeasureId;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private LookBack() {
		// for reading from the database
	}

	LookBack(Long roundId, Long problemId, LocalDate dueOn, String scheduledBy, Instant createdAt) {
		this.roundId = roundId;
		this.problemId = problemId;
		this.dueOn = dueOn;
		this.scheduledBy = scheduledBy;
		this.createdAt = createdAt;
	}

	void record(LookBackOutcome outcome, @Nullable String finding, String by, LocalDate on) {
		this.outcome = outcome;
		this.finding = finding;
		this.checkedBy = by;
		this.checkedOn = on;
	}

	void followedUpBy(long measureId) {
		this.newMeasureId = measureId;
	}

	Long problemId() {
		return problemId;
	}

	@Nullable LookBackOutcome outcome() {
		return outcome;
	}

	LookBackView view(LocalDate today) {
		return new LookBackView(id, roundId, problemId, dueOn, outcome == null && !dueOn.isAfter(today), outcome,
				finding, checkedOn, checkedBy, newMeasureId, scheduledBy, version);
	}
}
