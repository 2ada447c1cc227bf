package org.zhenggai.round;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A round of inspections (巡察轮次, e.g. 十三届区委第六轮巡察) as the inspection office that runs it
 * sees it: the rounds of the units it inspected belong to it.
 */
class OfficeRound {

	@Id
	private @Nullable Long id;
	/** The inspection office (巡察办) that runs the round. */
	private Long unitId;
	private String name;
	private String inspectingBody;
	private @Nullable LocalDate startsOn;
	/** When the office published the list of common problems to its units; never before. */
	private @Nullable Instant publishedAt;
	private @Nullable String publishedBy;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private OfficeRound() {
		// for reading from the database
	}

	OfficeRound(NewOfficeRound command, Instant createdAt) {
		this.unitId = command.unitId();
		this.name = command.name().strip();
		this.inspectingBody = command.inspectingBody().strip();
		this.startsOn = command.startsOn();
		this.createdAt = createdAt;
	}

	void publish(String by, Instant at) {
		this.publishedBy = by;
		this.publishedAt = at;
	}

	boolean published() {
		return publishedAt != null;
	}

	OfficeRoundView view() {
		return new OfficeRoundView(id, unitId, name, inspectingBody, startsOn, publishedAt, publishedBy, version);
	}
}
