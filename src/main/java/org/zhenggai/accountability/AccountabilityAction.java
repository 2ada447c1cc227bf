package org.zhenggai.accountability;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An accountability action (问责): a talk, a summons, a criticism, a removal from office or
 * accountability proper, against a person or a department, for a reason tied to a problem or a
 * measure of the round.
 */
class AccountabilityAction {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private AccountabilityKind kind;
	private LocalDate takenOn;
	private @Nullable Long personId;
	private @Nullable Long departmentId;
	private String reason;
	private @Nullable Long problemId;
	private @Nullable Long measureId;
	private String recordedBy;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private AccountabilityAction() {
		// for reading from the database
	}

	AccountabilityAction(Long roundId, NewAccountabilityAction command, String recordedBy, Instant createdAt) {
		this.roundId = roundId;
		this.kind = command.kind();
		this.takenOn = command.takenOn();
		this.personId = command.personId();
		this.departmentId = command.departmentId();
		this.reason = command.reason().strip();
		this.problemId = command.problemId();
		this.measureId = command.measureId();
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
	}

	AccountabilityActionView view() {
		return new AccountabilityActionView(id, roundId, kind, takenOn, personId, departmentId, reason, problemId,
				measureId, recordedBy, version);
	}
}
