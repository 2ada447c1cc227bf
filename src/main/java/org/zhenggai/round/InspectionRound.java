package org.zhenggai.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** One inspection of one unit by one group, with the dated stages of its rectification. */
class InspectionRound {

	@Id
	private @Nullable Long id;
	private String name;
	private RoundKind kind;
	private String inspectingBody;
	private String inspectionGroup;
	private Long unitId;
	private @Nullable LocalDate stationingStart;
	private @Nullable LocalDate stationingEnd;
	private @Nullable LocalDate feedbackDate;
	private @Nullable LocalDate rectificationDeadline;
	private @Nullable String planDocumentNumber;
	/** The round of inspections (巡察轮次) this inspection is part of, if the office recorded one. */
	private @Nullable Long officeRoundId;
	@MappedCollection(idColumn = "round_id", keyColumn = "position")
	private List<Stage> stages = new ArrayList<>();
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private InspectionRound() {
		// for reading from the database
	}

	InspectionRound(NewRound command, Instant createdAt) {
		this.name = command.name().strip();
		this.kind = command.kind();
		this.inspectingBody = command.inspectingBody().strip();
		this.inspectionGroup = command.inspectionGroup().strip();
		this.unitId = command.unitId();
		this.stationingStart = command.stationingStart();
		this.stationingEnd = command.stationingEnd();
		this.feedbackDate = command.feedbackDate();
		this.rectificationDeadline = command.rectificationDeadline();
		this.planDocumentNumber = command.planDocumentNumber();
		this.officeRoundId = command.officeRoundId();
		if (command.stages() != null) {
			command.stages().forEach(s -> stages.add(new Stage(s.name().strip(), s.startsOn(), s.endsOn())));
		}
		this.createdAt = createdAt;
	}

	RoundView view() {
		return new RoundView(id, name, kind, inspectingBody, inspectionGroup, unitId, stationingStart, stationingEnd,
				feedbackDate, rectificationDeadline, planDocumentNumber,
				stages.stream().map(s -> new RoundView.StageView(s.name(), s.startsOn(), s.endsOn())).toList(), officeRoundId,
				version);
	}

	void joinOfficeRound(long officeRoundId) {
		this.officeRoundId = officeRoundId;
	}

	@Nullable Long officeRoundId() {
		return officeRoundId;
	}

	Long unitId() {
		return unitId;
	}

	/** A dated phase of the round, e.g. 集中整改 from the feedback date to the deadline. */
	record Stage(String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
	}
}
