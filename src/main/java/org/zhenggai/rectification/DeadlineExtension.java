package org.zhenggai.rectification;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A department's request to move a deadline (延期申请). The deadline it had stays on record here
 * whatever the office decides.
 */
class DeadlineExtension {

	enum Status {
		PENDING, APPROVED, REFUSED
	}

	@Id
	private @Nullable Long id;
	private Long measureId;
	private @Nullable LocalDate fromDeadline;
	private LocalDate toDeadline;
	private String reason;
	private String requestedBy;
	private Instant requestedAt;
	private Status status;
	private @Nullable String decidedBy;
	private @Nullable Instant decidedAt;
	private @Nullable String decisionReason;
	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	private DeadlineExtension() {
		// for reading from the database
	}

	DeadlineExtension(Long measureId, @Nullable LocalDate fromDeadline, LocalDate toDeadline, String reason,
			String requestedBy, Instant requestedAt) {
		this.measureId = measureId;
		this.fromDeadline = fromDeadline;
		this.toDeadline = toDeadline;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = Status.PENDING;
	}

	void decide(boolean approve, String by, @Nullable String why, Instant at) {
		this.status = approve ? Status.APPROVED : Status.REFUSED;
		this.decidedBy = by;
		this.decisionReason = why;
		this.decidedAt = at;
	}

	Status status() {
		return status;
	}

	Long measureId() {
		return measureId;
	}

	LocalDate toDeadline() {
		return toDeadline;
	}

	String requestedBy() {
		return requestedBy;
	}

	@Nullable Integer version() {
		return version;
	}

	ExtensionView view() {
		return new ExtensionView(id, measureId, fromDeadline, toDeadline, reason, requestedBy, requestedAt,
				status.name(), decidedBy, decidedAt, decisionReason, version);
	}
}
