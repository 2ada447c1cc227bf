package org.zhenggai.accountability;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;

/** A petition (信访件) received during or after the round; never public. */
class Petition extends RegisterEntry {

	@PersistenceCreator
	private Petition() {
		// for reading from the database
	}

	Petition(Long roundId, NewRegisterEntry command, String recordedBy, Instant createdAt) {
		super(roundId, command, recordedBy, createdAt);
	}

	@Override
	RegisterKind kind() {
		return RegisterKind.PETITION;
	}
}
