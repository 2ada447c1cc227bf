package org.zhenggai.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.ProblemView;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.OrgService;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.MeasureView;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;

/** Records accountability actions and counts them per kind, as the rectification report states them. */
@Service
@Transactional(readOnly = true)
public class AccountabilityService {

	private final AccountabilityActionRepository actions;
	private final Access access;
	private final RoundService rounds;
	private final FeedbackService feedback;
	private final MeasureService measures;
	private final OrgService org;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	AccountabilityService(AccountabilityActionRepository actions, RoundService rounds, FeedbackService feedback,
			MeasureService measures, OrgService org, CurrentUser currentUser, AuditLog audit, Clock clock, Access access) {
		this.access = access;
		this.actions = actions;
		this.rounds = rounds;
		this.feedback = feedback;
		this.measures = measures;
		this.org = org;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	public List<AccountabilityActionView> actionsOf(long roundId) {
		rounds.round(roundId);
		return actions.findByRoundIdOrderByTakenOnDescIdDesc(roundId).stream().map(AccountabilityAction::view).toList();
	}

	public AccountabilityActionView action(long id) {
		return actions.findById(id).map(AccountabilityAction::view)
			.orElseThrow(() -> new NotFoundException("accountability-action", id));
	}

	/** The office, the discipline inspection group or the administrator records an action. */
	@Transactional
	public AccountabilityActionView record(long roundId, NewAccountabilityAction command) {
		access.require(Action.RECORD_ACCOUNTABILITY, TargetKind.ROUND, roundId);
		var user = currentUser.get();
		long unitId = rounds.round(roundId).unitId();
		var problem = command.problemId() == null ? Optional.<ProblemView>empty() : problem(command.problemId());
		var measure = command.measureId() == null ? Optional.<MeasureView>empty() : measure(command.measureId());
		new InvalidInputException.Collector()
			.rejectIf(command.takenOn().isAfter(LocalDate.now(clock)), "takenOn", "validation.date-in-future")
			.rejectIf(command.personId() == null && command.departmentId() == null, "personId",
					"validation.person-or-department")
			.rejectIf(command.personId() != null && !org.isPersonOf(unitId, command.personId()), "personId",
					"validation.unknown-person", command.personId())
			.rejectIf(command.departmentId() != null && !org.isDepartmentOf(unitId, command.departmentId()),
					"departmentId", "validation.unknown-department", command.departmentId())
			.rejectIf(command.problemId() != null && !problem.map(p -> p.roundId() == roundId).orElse(false),
					"problemId", "validation.problem-of-other-round", command.problemId())
			.rejectIf(command.measureId() != null && !measure.map(m -> m.roundId() == roundId).orElse(false),
					"measureId", "validation.measure-of-other-round", command.measureId())
			.rejectIf(problem.isPresent() && measure.isPresent()
					&& !measure.get().problemId().equals(problem.get().id()), "measureId",
					"validation.measure-of-other-problem", command.measureId())
			.throwIfAny();
		var view = actions.save(new AccountabilityAction(roundId, command, user.username(), Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "accountability-action", view.id(), null, view);
		return view;
	}

	/** How many actions of each kind the round has seen; every kind is named, with zero where none. */
	public AccountabilitySummary summary(long roundId) {
		var byKind = new EnumMap<AccountabilityKind, Long>(AccountabilityKind.class);
		for (var kind : AccountabilityKind.values()) {
			byKind.put(kind, 0L);
		}
		var all = actionsOf(roundId);
		all.forEach(a -> byKind.merge(a.kind(), 1L, Long::sum));
		long people = all.stream().map(AccountabilityActionView::personId).filter(p -> p != null).distinct().count();
		long departments = all.stream().map(AccountabilityActionView::departmentId).filter(d -> d != null).distinct()
			.count();
		return new AccountabilitySummary(all.size(), byKind, people, departments);
	}

	// A missing problem or measure ends in a 400 naming the field, so the rollback its lookup marks does not matter.
	private Optional<ProblemView> problem(long id) {
		try {
			return Optional.of(feedback.problem(id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private Optional<MeasureView> measure(long id) {
		try {
			return Optional.of(measures.measure(id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/** A round's accountability in figures: all actions, per kind, and how many people and departments. */
	public record AccountabilitySummary(long total, Map<AccountabilityKind, Long> byKind, long people,
			long departments) {
	}
}
