package org.zhenggai.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dispatch meeting (调度会): on a date, chaired by a leader, it hears the progress of some
 * measures and takes decisions, in the order they were minuted.
 */
class DispatchMeeting {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private LocalDate heldOn;
	private Long chairId;
	private String attendees;
	private @Nullable String summary;
	private String recordedBy;
	@MappedCollection(idColumn = "dispatch_meeting_id")
	private Set<HeardMeasure> heardMeasures = new HashSet<>();
	@MappedCollection(idColumn = "dispatch_meeting_id", keyColumn = "position")
	private List<DispatchDecision> decisions = new ArrayList<>();
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private DispatchMeeting() {
		// for reading from the database
	}

	DispatchMeeting(Long roundId, LocalDate heldOn, Long chairId, String attendees, @Nullable String summary,
			List<Long> measureIds, String recordedBy, Instant createdAt) {
		this.roundId = roundId;
		this.heldOn = heldOn;
		this.chairId = chairId;
		this.attendees = attendees;
		this.summary = summary;
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
		measureIds.forEach(m -> heardMeasures.add(new HeardMeasure(m)));
	}

	boolean heard(long measureId) {
		return heardMeasures.stream().anyMatch(h -> h.measureId() == measureId);
	}

	void decide(DispatchDecision decision) {
		decisions.add(decision);
	}

	Long roundId() {
		return roundId;
	}

	DispatchMeetingView view() {
		return new DispatchMeetingView(id, roundId, heldOn, chairId, attendees, summary,
				heardMeasures.stream().map(HeardMeasure::measureId).sorted().toList(),
				decisions.stream().map(DispatchDecision::view).toList(), recordedBy, version);
	}

	/** A measure whose progress the meeting heard. */
	@Table("dispatch_meeting_measure")
	record HeardMeasure(long measureId) {
	}

	/** One decision as minuted, with what it changed. */
	@Table("dispatch_decision")
	record DispatchDecision(DecisionKind kind, String text, @Nullable Long measureId, @Nullable LocalDate newDeadline,
			@Nullable LocalDate previousDeadline, @Nullable Long followUpMeasureId) {

		DispatchMeetingView.DecisionView view() {
			return new DispatchMeetingView.DecisionView(kind, text, measureId, newDeadline, previousDeadline,
					followUpMeasureId);
		}
	}
}
