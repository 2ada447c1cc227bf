package org.zhenggai.mechanism;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A recurrence (屡改屡犯): a problem of this round that repeats a problem of an earlier round, of
 * the same unit or another.
 */
class Recurrence {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private Long problemId;
	private Long earlierProblemId;
	private @Nullable String note;
	private String linkedBy;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Recurrence() {
		// for reading from the database
	}

	Recurrence(Long roundId, Long problemId, Long earlierProblemId, @Nullable String note, String linkedBy,
			Instant createdAt) {
		this.roundId = roundId;
		this.problemId = problemId;
		this.earlierProblemId = earlierProblemId;
		this.note = note;
		this.linkedBy = linkedBy;
		this.createdAt = createdAt;
	}

	@Nullable Long id() {
		return id;
	}

	Long problemId() {
		return problemId;
	}

	Long earlierProblemId() {
		return earlierProblemId;
	}

	@Nullable String note() {
		return note;
	}

	String linkedBy() {
		return linkedBy;
	}

	@Nullable Integer version() {
		return version;
	}
}
