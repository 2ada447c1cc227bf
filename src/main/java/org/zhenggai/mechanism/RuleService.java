package org.zhenggai.mechanism;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;

/** Rules written or revised because of a round's problems (建章立制): the round's list of rules. */
@Service
@Transactional(readOnly = true)
public class RuleService {

	private final RuleRepository rules;
	private final Access access;
	private final RoundService rounds;
	private final FeedbackService feedback;
	private final AuditLog audit;
	private final Clock clock;

	RuleService(RuleRepository rules, RoundService rounds, FeedbackService feedback,
			AuditLog audit, Clock clock, Access access) {
		this.access = access;
		this.rules = rules;
		this.rounds = rounds;
		this.feedback = feedback;
		this.audit = audit;
		this.clock = clock;
	}

	/** The round's rules in the order they were issued. */
	public List<RuleView> rulesOf(long roundId) {
		rounds.round(roundId);
		return rules.findByRoundIdOrderByIssuedOnAscIdAsc(roundId).stream().map(Rule::view).toList();
	}

	public RuleView rule(long id) {
		return rules.findById(id).map(Rule::view).orElseThrow(() -> new NotFoundException("rule", id));
	}

	/** The rules that answer a problem. */
	public List<RuleView> rulesOfProblem(long problemId) {
		var problem = feedback.problem(problemId);
		return rulesOf(problem.roundId()).stream().filter(r -> r.problemIds().contains(problemId)).toList();
	}

	@Transactional
	public RuleView record(long roundId, NewRule command) {
		access.require(Action.RECORD_OVERSIGHT, TargetKind.ROUND, roundId);
		var problemIds = feedback.problemList(roundId).stream()
			.flatMap(c -> c.problems().stream())
			.map(p -> p.id())
			.toList();
		var errors = new InvalidInputException.Collector()
			.rejectIf(command.issuedOn().isAfter(LocalDate.now(clock)), "issuedOn", "validation.date-in-future");
		for (int i = 0; i < command.problemIds().size(); i++) {
			Long id = command.problemIds().get(i);
			errors.rejectIf(id == null || !problemIds.contains(id), "problemIds[" + i + "]",
					"validation.problem-of-other-round", id);
		}
		errors.throwIfAny();
		var view = rules.save(new Rule(roundId, command, Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "rule", view.id(), null, view);
		return view;
	}
}
