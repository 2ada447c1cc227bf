package org.zhenggai.mechanism;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.closure.ClosureService;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.rectification.MeasureKind;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.NewMeasure;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StepRefusedException;

/**
 * Look-backs (回头看) stop closed problems from coming back (反弹回潮): the office schedules
 * re-checks of a closed problem, then records whether the fix held; a rebound reopens the problem
 * and gives it a new measure with what was found.
 */
@Service
@Transactional(readOnly = true)
public class LookBackService {

	/** When nobody says otherwise, a closed problem is looked at again after three and six months. */
	static final List<Integer> DEFAULT_MONTHS = List.of(3, 6);

	private final LookBackRepository lookBacks;
	private final Access access;
	private final ClosureService closure;
	private final MeasureService measures;
	private final FeedbackService feedback;
	private final RoundService rounds;
	private final OfficeSteps office;
	private final AuditLog audit;
	private final MessageSource messages;
	private final Clock clock;

	LookBackService(LookBackRepository lookBacks, ClosureService closure, MeasureService measures,
			FeedbackService feedback, RoundService rounds, OfficeSteps office, AuditLog audit, MessageSource messages,
			Clock clock, Access access) {
		this.access = access;
		this.lookBacks = lookBacks;
		this.closure = closure;
		this.measures = measures;
		this.feedback = feedback;
		this.rounds = rounds;
		this.office = office;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	public List<LookBackView> lookBacksOf(long roundId) {
		rounds.round(roundId);
		return views(lookBacks.findByRoundIdOrderByDueOnAscIdAsc(roundId));
	}

	public List<LookBackView> lookBacksOfProblem(long problemId) {
		feedback.problem(problemId);
		return views(lookBacks.findByProblemIdOrderByDueOnAscIdAsc(problemId));
	}

	/** Look-backs not yet recorded whose date comes within the given days (0: due today or earlier), in all rounds. */
	public List<LookBackView> due(int withinDays) {
		return access.visible(Action.READ_OVERVIEW, TargetKind.ROUND, views(lookBacks.findByOutcomeIsNullAndDueOnLessThanEqualOrderByDueOnAscIdAsc(today().plusDays(withinDays))), LookBackView::roundId);
	}

	public LookBackView lookBack(long id) {
		return load(id).view(today());
	}

	/** Schedules look-backs of a closed problem; refused while the problem is not closed. */
	@Transactional
	public List<LookBackView> schedule(long problemId, LookBackSchedule command) {
		access.require(Action.RECORD_OVERSIGHT, TargetKind.PROBLEM, problemId);
		String user = office.actor();
		var problem = feedback.problem(problemId);
		var closed = closure.problemClosure(problemId)
			.orElseThrow(() -> new StepRefusedException("step.look-back-not-closed"));
		LocalDate closedOn = LocalDate.ofInstant(closed.confirmedAt(), clock.getZone());
		var dates = new ArrayList<LocalDate>();
		if (command.dueOn() != null) {
			if (command.dueOn().isBefore(closedOn)) {
				throw InvalidInputException.of("dueOn", "validation.look-back-before-closing", closedOn);
			}
			dates.add(command.dueOn());
		}
		var months = command.monthsAfterClosing() != null ? command.monthsAfterClosing()
				: command.dueOn() == null ? DEFAULT_MONTHS : List.<Integer>of();
		months.stream().distinct().forEach(m -> dates.add(closedOn.plusMonths(m)));
		if (dates.isEmpty()) {
			throw InvalidInputException.of("monthsAfterClosing", "validation.required");
		}
		for (var date : dates) {
			if (lookBacks.existsByProblemIdAndDueOn(problemId, date)) {
				throw new StepRefusedException("step.look-back-exists", date);
			}
		}
		var scheduled = new ArrayList<LookBack>();
		for (var date : dates) {
			var saved = lookBacks.save(new LookBack(problem.roundId(), problemId, date, user, Instant.now(clock)));
			audit.record(AuditAction.CREATE, "look-back", saved.view(today()).id(), null, saved.view(today()));
			scheduled.add(saved);
		}
		return views(scheduled);
	}

	/**
	 * Records what a look-back found, once. A rebound reopens the problem (its closure is withdrawn)
	 * and adds a measure to it for the finding, so the work shows in the ledger again.
	 */
	@Transactional
	public LookBackView record(long id, LookBackResult command) {
		access.require(Action.RECORD_OVERSIGHT, TargetKind.LOOK_BACK, id);
		String user = office.actor();
		var lookBack = load(id);
		if (lookBack.outcome() != null) {
			throw new StepRefusedException("step.look-back-recorded");
		}
		long problemId = lookBack.problemId();
		if (closure.problemClosure(problemId).isEmpty()) {
			throw new StepRefusedException("step.look-back-not-closed");
		}
		boolean rebounded = command.outcome() == LookBackOutcome.REBOUNDED;
		String finding = command.finding() == null || command.finding().isBlank() ? null : command.finding().strip();
		if (rebounded && finding == null) {
			throw InvalidInputException.of("finding", "validation.finding-required");
		}
		var before = lookBack.view(today());
		lookBack.record(command.outcome(), finding, user, today());
		if (rebounded) {
			closure.reopenProblem(problemId, finding);
			String text = command.measureText() != null && !command.measureText().isBlank() ? command.measureText().strip()
					: messages.getMessage("look-back.new-measure", new Object[] { finding }, Locale.SIMPLIFIED_CHINESE);
			try {
				var measure = measures.addMeasure(problemId, new NewMeasure(text,
						command.deadline() != null ? MeasureKind.BY_DEADLINE : MeasureKind.IMMEDIATE, null,
						command.leadDepartmentId(), null, null, command.deadline(), null));
				lookBack.followedUpBy(measure.id());
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException(ex.problems().stream()
					.map(p -> new InvalidInputException.FieldProblem(
							Map.of("text", "measureText").getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
					.toList());
			}
		}
		var after = lookBacks.save(lookBack).view(today());
		audit.record(AuditAction.UPDATE, "look-back", id, before, after);
		return after;
	}

	/** A round's look-backs in figures. */
	public LookBackSummary summary(long roundId) {
		var all = lookBacksOf(roundId);
		return new LookBackSummary(all.size(), all.stream().filter(LookBackView::due).count(),
				all.stream().filter(l -> l.outcome() == LookBackOutcome.HELD).count(),
				all.stream().filter(l -> l.outcome() == LookBackOutcome.REBOUNDED).count());
	}

	private List<LookBackView> views(List<LookBack> found) {
		LocalDate today = today();
		return found.stream().map(l -> l.view(today)).toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private LookBack load(long id) {
		return lookBacks.findById(id).orElseThrow(() -> new NotFoundException("look-back", id));
	}

	/** Scheduled, due now, held and rebounded look-backs of a round. */
	public record LookBackSummary(long scheduled, long due, long held, long rebounded) {
	}
}
