package org.zhenggai.publication;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.zhenggai.shared.StepRefusedException;

/**
 * One edition of a round's public report. Its text can be edited while it is a draft; approval
 * fixes it; publishing dates it and freezes it for good. A later correction is a new edition.
 */
@Table("public_report")
class PublicReport {

	@Id
	private @Nullable Long id;
	private Long unitId;
	private Long roundId;
	private String number;
	private int edition;
	private ReportStatus status;
	private String title;
	private String body;
	private String preparedBy;
	private Instant preparedAt;
	private @Nullable String approvedBy;
	private @Nullable Instant approvedAt;
	private @Nullable LocalDate publishedOn;
	private @Nullable String publishedBy;
	private @Nullable Instant publishedAt;
	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	private PublicReport() {
		// for reading from the database
	}

	PublicReport(long unitId, long roundId, String number, int edition, String title, String body, String preparedBy,
			Instant preparedAt) {
		this.unitId = unitId;
		this.roundId = roundId;
		this.number = number;
		this.edition = edition;
		this.status = ReportStatus.DRAFT;
		this.title = title;
		this.body = body;
		this.preparedBy = preparedBy;
		this.preparedAt = preparedAt;
	}

	/** A changed text sends approval back: a leader approves the words that will be published. */
	void edit(String title, String body) {
		if (status == ReportStatus.PUBLISHED) {
			throw new StepRefusedException("step.publication-frozen");
		}
		this.title = title;
		this.body = body;
		this.status = ReportStatus.DRAFT;
		this.approvedBy = null;
		this.approvedAt = null;
	}

	void approve(String by, Instant at) {
		if (status != ReportStatus.DRAFT) {
			throw new StepRefusedException(status == ReportStatus.PUBLISHED ? "step.publication-frozen"
					: "step.publication-approved");
		}
		this.status = ReportStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
	}

	void publish(String body, LocalDate on, String by, Instant at) {
		if (status != ReportStatus.APPROVED) {
			throw new StepRefusedException(status == ReportStatus.PUBLISHED ? "step.publication-frozen"
					: "step.publication-not-approved");
		}
		this.body = body;
		this.status = ReportStatus.PUBLISHED;
		this.publishedOn = on;
		this.publishedBy = by;
		this.publishedAt = at;
	}

	ReportStatus status() {
		return status;
	}

	PublicReportView view() {
		return new PublicReportView(id, unitId, roundId, number, edition, status, title, body, preparedBy, preparedAt,
				approvedBy, approvedAt, publishedOn, publishedBy, version);
	}
}
