package org.zhenggai.closure;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A request to close a measure (销号申请), walked through its steps in order: submitted by the
 * lead department, reviewed by the office, approved by the responsible leader. Returned at either
 * step with a reason, it ends; the department may ask again.
 */
class ClosureRequest {

	enum Status {
		SUBMITTED, OFFICE_APPROVED, RETURNED, CLOSED;

		boolean open() {
			return this == SUBMITTED || this == OFFICE_APPROVED;
		}
	}

	@Id
	private @Nullable Long id;
	private Long measureId;
	private String summary;
	private Status status;
	private String requestedBy;
	private Instant requestedAt;
	private @Nullable String reviewedBy;
	private @Nullable Instant reviewedAt;
	private @Nullable String returnReason;
	private @Nullable String approvedBy;
	private @Nullable Instant approvedAt;
	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	private ClosureRequest() {
		// for reading from the database
	}

	ClosureRequest(Long measureId, String summary, String requestedBy, Instant requestedAt) {
		this.measureId = measureId;
		this.summary = summary;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = Status.SUBMITTED;
	}

	void reviewedByOffice(boolean approve, String by, @Nullable String reason, Instant at) {
		this.reviewedBy = by;
		this.reviewedAt = at;
		if (approve) {
			this.status = Status.OFFICE_APPROVED;
		}
		else {
			this.status = Status.RETURNED;
			this.returnReason = reason;
		}
	}

	void decidedByLeader(boolean approve, String by, @Nullable String reason, Instant at) {
		this.approvedBy = by;
		this.approvedAt = at;
		if (approve) {
			this.status = Status.CLOSED;
		}
		else {
			this.status = Status.RETURNED;
			this.returnReason = reason;
		}
	}

	Long measureId() {
		return measureId;
	}

	Status status() {
		return status;
	}

	String requestedBy() {
		return requestedBy;
	}

	@Nullable String reviewedBy() {
		return reviewedBy;
	}

	@Nullable Integer version() {
		return version;
	}

	ClosureView view() {
		return new ClosureView(id, measureId, summary, status.name(), requestedBy, requestedAt, reviewedBy, reviewedAt,
				returnReason, approvedBy, approvedAt, version);
	}
}
