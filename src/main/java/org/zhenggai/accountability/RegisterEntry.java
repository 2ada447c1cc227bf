package org.zhenggai.accountability;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** What the discipline register keeps of a clue or a petition: when, from where, what, how it is handled. */
abstract class RegisterEntry {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private LocalDate receivedOn;
	private String source;
	private String summary;
	private HandlingStatus status;
	private @Nullable String handedTo;
	private String recordedBy;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	protected RegisterEntry() {
		// for reading from the database
	}

	protected RegisterEntry(Long roundId, NewRegisterEntry command, String recordedBy, Instant createdAt) {
		this.roundId = roundId;
		this.receivedOn = command.receivedOn();
		this.source = command.source().strip();
		this.summary = command.summary().strip();
		this.status = command.status() != null ? command.status() : HandlingStatus.RECEIVED;
		this.handedTo = blankToNull(command.handedTo());
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
	}

	void handle(HandlingStatus status, @Nullable String handedTo) {
		this.status = status;
		if (handedTo != null) {
			this.handedTo = blankToNull(handedTo);
		}
	}

	@Nullable Integer version() {
		return version;
	}

	@Nullable String handedTo() {
		return handedTo;
	}

	abstract RegisterKind kind();

	RegisterEntryView view() {
		return new RegisterEntryView(id, kind(), roundId, receivedOn, source, summary, status, handedTo, recordedBy,
				version);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The two registers. */
	enum RegisterKind {
		CLUE, PETITION
	}
}
