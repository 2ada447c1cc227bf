package org.zhenggai.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A dated report on a measure (进展情况) with its evidence. Reports are only ever added, never
 * edited: the ledger's history is the sequence of them.
 */
class ProgressReport {

	@Id
	private @Nullable Long id;
	private Long measureId;
	private LocalDate reportedOn;
	private String text;
	private ProgressPhrase phrase;
	private String author;
	@MappedCollection(idColumn = "progress_report_id", keyColumn = "position")
	private List<Evidence> evidence = new ArrayList<>();
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private ProgressReport() {
		// for reading from the database
	}

	ProgressReport(Long measureId, LocalDate reportedOn, String text, ProgressPhrase phrase, String author,
			List<Evidence> evidence, Instant createdAt) {
		this.measureId = measureId;
		this.reportedOn = reportedOn;
		this.text = text;
		this.phrase = phrase;
		this.author = author;
		this.evidence = new ArrayList<>(evidence);
		this.createdAt = createdAt;
	}

	ProgressView view() {
		return new ProgressView(id, measureId, reportedOn, text, phrase, author, createdAt,
				evidence.stream().map(Evidence::view).toList());
	}

	ProgressPhrase phrase() {
		return phrase;
	}

	/** A file that proves work was done (佐证材料), kept in the evidence store under its key. */
	static class Evidence {

		@Id
		private @Nullable Long id;
		private String fileName;
		private String contentType;
		private long sizeBytes;
		private String sha256;
		private String storageKey;
		private Instant createdAt;

		@PersistenceCreator
		private Evidence() {
			// for reading from the database
		}

		Evidence(String fileName, String contentType, long sizeBytes, String sha256, String storageKey,
				Instant createdAt) {
			this.fileName = fileName;
			this.contentType = contentType;
			this.sizeBytes = sizeBytes;
			this.sha256 = sha256;
			this.storageKey = storageKey;
			this.createdAt = createdAt;
		}

		EvidenceView view() {
			return new EvidenceView(id, fileName, contentType, sizeBytes, sha256);
		}
	}
}
