package org.zhenggai.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.OrgService;
import org.zhenggai.rectification.MeasureChange;
import org.zhenggai.rectification.MeasureKind;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.MeasureView;
import org.zhenggai.rectification.NewMeasure;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StepRefusedException;

/**
 * Dispatch meetings: the office records who met and which measures were heard, then minutes each
 * decision; a new deadline and a follow-up task are carried out on the measures themselves.
 */
@Service
@Transactional(readOnly = true)
public class DispatchService {

	private final DispatchMeetingRepository meetings;
	private final Access access;
	private final MeasureService measures;
	private final RoundService rounds;
	private final OrgService org;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	DispatchService(DispatchMeetingRepository meetings, MeasureService measures, RoundService rounds, OrgService org,
			CurrentUser currentUser, AuditLog audit, JdbcClient jdbc, Clock clock, Access access) {
		this.access = access;
		this.meetings = meetings;
		this.measures = measures;
		this.rounds = rounds;
		this.org = org;
		this.currentUser = currentUser;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<DispatchMeetingView> meetingsOf(long roundId) {
		rounds.round(roundId);
		return meetings.findByRoundIdOrderByHeldOnDescIdDesc(roundId).stream().map(DispatchMeeting::view).toList();
	}

	public DispatchMeetingView meeting(long id) {
		return load(id).view();
	}

	/** The meetings that heard a measure, decided on it or created it as a follow-up, newest first. */
	public List<DispatchMeetingView> meetingsOfMeasure(long measureId) {
		measures.measure(measureId);
		var ids = jdbc.sql("""
				select dispatch_meeting_id from dispatch_meeting_measure where measure_id = :m
				union
				select dispatch_meeting_id from dispatch_decision where measure_id = :m or follow_up_measure_id = :m
				""").param("m", measureId).query(Long.class).list();
		var found = new ArrayList<DispatchMeetingView>();
		meetings.findAllById(ids).forEach(m -> found.add(m.view()));
		found.sort((a, b) -> a.heldOn().equals(b.heldOn()) ? Long.compare(b.id(), a.id()) : b.heldOn().compareTo(a.heldOn()));
		return found;
	}

	@Transactional
	public DispatchMeetingView hold(long roundId, NewDispatchMeeting command) {
		access.require(Action.RECORD_OVERSIGHT, TargetKind.ROUND, roundId);
		var round = rounds.round(roundId);
		var errors = new InvalidInputException.Collector()
			.rejectIf(command.heldOn().isAfter(LocalDate.now(clock)), "heldOn", "validation.date-in-future")
			.rejectIf(!org.isPersonOf(round.unitId(), command.chairId()), "chairId", "validation.unknown-person",
					command.chairId());
		var ids = command.measureIds();
		for (int i = 0; i < ids.size(); i++) {
			errors.rejectIf(!measureOfRound(ids.get(i), roundId), "measureIds[" + i + "]",
					"validation.measure-of-other-round", ids.get(i));
		}
		errors.throwIfAny();
		var meeting = meetings.save(new DispatchMeeting(roundId, command.heldOn(), command.chairId(),
				command.attendees().strip(), blankToNull(command.summary()), ids.stream().distinct().toList(),
				currentUser.get().username(), Instant.now(clock)));
		var view = meeting.view();
		audit.record(AuditAction.CREATE, "dispatch-meeting", view.id(), null, view);
		return view;
	}

	/**
	 * Minutes a decision. A new deadline changes the measure (as the office would edit it) and
	 * keeps the old one on the decision; a follow-up task becomes a new measure on the same problem.
	 */
	@Transactional
	public DispatchMeetingView decide(long meetingId, NewDecision command) {
		access.require(Action.RECORD_OVERSIGHT, TargetKind.DISPATCH_MEETING, meetingId);
		var meeting = load(meetingId);
		var before = meeting.view();
		var decision = switch (command.kind()) {
			case NOTE -> new DispatchMeeting.DispatchDecision(DecisionKind.NOTE, command.text().strip(),
					command.measureId() != null && meeting.heard(command.measureId()) ? command.measureId() : null,
					null, null, null);
			case NEW_DEADLINE -> newDeadline(meeting, command);
			case FOLLOW_UP -> followUp(meeting, command);
		};
		meeting.decide(decision);
		var after = meetings.save(meeting).view();
		audit.record(AuditAction.UPDATE, "dispatch-meeting", meetingId, before, after);
		return after;
	}

	private DispatchMeeting.DispatchDecision newDeadline(DispatchMeeting meeting, NewDecision command) {
		new InvalidInputException.Collector()
			.rejectIf(!heard(meeting, command.measureId()), "measureId", "validation.measure-not-heard")
			.rejectIf(command.newDeadline() == null, "newDeadline", "validation.required")
			.throwIfAny();
		MeasureView measure = measures.measure(command.measureId());
		if (measure.status().done()) {
			throw new StepRefusedException("step.dispatch-measure-done");
		}
		try {
			measures.change(measure.id(), new MeasureChange(measure.version(), null,
					measure.kind() == MeasureKind.IMMEDIATE ? MeasureKind.BY_DEADLINE : null, null, null, null, null,
					command.newDeadline(), null));
		}
		catch (InvalidInputException ex) {
			throw Fields.renamed(ex, Map.of("deadline", "newDeadline"));
		}
		return new DispatchMeeting.DispatchDecision(DecisionKind.NEW_DEADLINE, command.text().strip(), measure.id(),
				command.newDeadline(), measure.deadline(), null);
	}

	private DispatchMeeting.DispatchDecision followUp(DispatchMeeting meeting, NewDecision command) {
		new InvalidInputException.Collector()
			.rejectIf(!heard(meeting, command.measureId()), "measureId", "validation.measure-not-heard")
			.rejectIf(command.followUpText() == null || command.followUpText().isBlank(), "followUpText",
					"validation.required")
			.throwIfAny();
		MeasureView heard = measures.measure(command.measureId());
		MeasureView created;
		try {
			created = measures.addMeasure(heard.problemId(), new NewMeasure(command.followUpText().strip(),
					command.followUpDeadline() != null ? MeasureKind.BY_DEADLINE : MeasureKind.IMMEDIATE, null,
					command.followUpDepartmentId() != null ? command.followUpDepartmentId() : heard.leadDepartmentId(),
					null, heard.responsiblePersonId(), command.followUpDeadline(), null));
		}
		catch (InvalidInputException ex) {
			throw Fields.renamed(ex, Map.of("text", "followUpText", "deadline", "followUpDeadline", "leadDepartmentId",
					"followUpDepartmentId"));
		}
		return new DispatchMeeting.DispatchDecision(DecisionKind.FOLLOW_UP, command.text().strip(), heard.id(), null,
				null, created.id());
	}

	/** How much dispatching a round has had, for the round's page and the report. */
	public DispatchSummary summary(long roundId) {
		var held = meetingsOf(roundId);
		long heard = held.stream().flatMap(m -> m.measureIds().stream()).distinct().count();
		var decisions = held.stream().flatMap(m -> m.decisions().stream()).toList();
		return new DispatchSummary(held.size(), heard, decisions.size(),
				decisions.stream().filter(d -> d.kind() == DecisionKind.NEW_DEADLINE).count(),
				decisions.stream().filter(d -> d.kind() == DecisionKind.FOLLOW_UP).count());
	}

	private boolean heard(DispatchMeeting meeting, @Nullable Long measureId) {
		return measureId != null && meeting.heard(measureId);
	}

	private boolean measureOfRound(@Nullable Long measureId, long roundId) {
		if (measureId == null) {
			return false;
		}
		try {
			return measures.measure(measureId).roundId() == roundId;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}


	private DispatchMeeting load(long id) {
		return meetings.findById(id).orElseThrow(() -> new NotFoundException("dispatch-meeting", id));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Counts of a round's dispatching: meetings held, measures heard, decisions and what they changed. */
	public record DispatchSummary(long meetingsHeld, long measuresHeard, long decisions, long deadlinesMoved,
			long followUpsCreated) {
	}
}
