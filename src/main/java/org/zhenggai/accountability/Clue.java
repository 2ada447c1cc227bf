package org.zhenggai.accountability;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;

/** A clue of misconduct (问题线索) handed to the discipline bodies; never public. */
class Clue extends RegisterEntry {

	@PersistenceCreator
	private Clue() {
		// for reading from the database
	}

	Clue(Long roundId, NewRegisterEntry command, String recordedBy, Instant createdAt) {
		super(roundId, command, recordedBy, createdAt);
	}

	@Override
	RegisterKind kind() {
		return RegisterKind.CLUE;
	}
}
