package org.zhenggai.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A supervision notice (督办单): the office's formal demand to a late department, with a date to
 * reply by. Unanswered by then, it escalates to the measure's responsible leader.
 */
class SupervisionNotice {

	enum Status {
		ISSUED, REPLIED, ESCALATED, CLOSED
	}

	@Id
	private @Nullable Long id;
	private Long measureId;
	private Long departmentId;
	private String demand;
	private LocalDate replyDeadline;
	private Status status;
	private String issuedBy;
	private Instant issuedAt;
	private @Nullable String reply;
	private @Nullable String repliedBy;
	private @Nullable Instant repliedAt;
	private @Nullable Instant escalatedAt;
	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	private SupervisionNotice() {
		// for reading from the database
	}

	SupervisionNotice(Long measureId, Long departmentId, String demand, LocalDate replyDeadline, String issuedBy,
			Instant issuedAt) {
		this.measureId = measureId;
		this.departmentId = departmentId;
		this.demand = demand;
		this.replyDeadline = replyDeadline;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
		this.status = Status.ISSUED;
	}

	void reply(String text, String by, Instant at) {
		this.reply = text;
		this.repliedBy = by;
		this.repliedAt = at;
		this.status = Status.REPLIED;
	}

	void escalate(Instant at) {
		this.escalatedAt = at;
		this.status = Status.ESCALATED;
	}

	void close() {
		this.status = Status.CLOSED;
	}

	Status status() {
		return status;
	}

	Long measureId() {
		return measureId;
	}

	Long departmentId() {
		return departmentId;
	}

	NoticeView view() {
		return new NoticeView(id, measureId, departmentId, demand, replyDeadline, status.name(), issuedBy, issuedAt,
				reply, repliedBy, repliedAt, escalatedAt, version);
	}
}
