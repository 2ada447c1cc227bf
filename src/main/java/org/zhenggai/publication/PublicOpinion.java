package org.zhenggai.publication;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.zhenggai.shared.StepRefusedException;

/**
 * An opinion sent by the public about a published report (群众意见建议): received, assigned to a
 * department, answered, and marked handled; it may be linked to the problem or measure it concerns.
 */
@Table("public_opinion")
class PublicOpinion {

	@Id
	private @Nullable Long id;
	private Long publicReportId;
	private Long unitId;
	private String receipt;
	private @Nullable String name;
	private @Nullable String contact;
	private String text;
	private String clientKey;
	private Instant receivedAt;
	private OpinionStatus status;
	private @Nullable Long departmentId;
	private @Nullable String reply;
	private @Nullable String repliedBy;
	private @Nullable Instant repliedAt;
	private @Nullable Instant handledAt;
	private @Nullable Long problemId;
	private @Nullable Long measureId;
	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	private PublicOpinion() {
		// for reading from the database
	}

	PublicOpinion(long publicReportId, long unitId, String receipt, @Nullable String name, @Nullable String contact,
			String text, String clientKey, Instant receivedAt) {
		this.publicReportId = publicReportId;
		this.unitId = unitId;
		this.receipt = receipt;
		this.name = name;
		this.contact = contact;
		this.text = text;
		this.clientKey = clientKey;
		this.receivedAt = receivedAt;
		this.status = OpinionStatus.RECEIVED;
	}

	void assign(long departmentId) {
		requireOpen();
		this.departmentId = departmentId;
		if (status == OpinionStatus.RECEIVED) {
			this.status = OpinionStatus.ASSIGNED;
		}
	}

	void reply(String reply, String by, Instant at) {
		requireOpen();
		this.reply = reply;
		this.repliedBy = by;
		this.repliedAt = at;
		this.status = OpinionStatus.REPLIED;
	}

	void markHandled(Instant at) {
		requireOpen();
		if (reply == null) {
			throw new StepRefusedException("step.opinion-needs-reply");
		}
		this.status = OpinionStatus.HANDLED;
		this.handledAt = at;
	}

	void link(@Nullable Long problemId, @Nullable Long measureId) {
		this.problemId = problemId;
		this.measureId = measureId;
	}

	private void requireOpen() {
		if (status == OpinionStatus.HANDLED) {
			throw new StepRefusedException("step.opinion-handled");
		}
	}

	Long unitId() {
		return unitId;
	}

	OpinionView view() {
		return new OpinionView(id, publicReportId, unitId, receipt, name, contact, text, receivedAt, status,
				departmentId, reply, repliedBy, repliedAt, handledAt, problemId, measureId, version);
	}
}
