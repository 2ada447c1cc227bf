package org.zhenggai.mechanism;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.round.OfficeRoundService;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StepRefusedException;

/**
 * Recurrences across rounds (屡改屡犯): a problem found again although an earlier round had it and
 * it was reported fixed. Suggests earlier problems by wording, links them, lists a round's recurring problems.
 */
@Service
@Transactional(readOnly = true)
public class RecurrenceService {

	/** How many suggestions a problem gets. */
	static final int CANDIDATES = 5;

	/** Every problem with its round and unit: the read model that suggestions and the list are drawn from. */
	private static final String PROBLEMS = """
			select p.id, p.title, p.round_id, r.name as round_name, r.feedback_date, r.unit_id, u.name as unit_name
			from problem p
			join inspection_round r on r.id = p.round_id
			join unit u on u.id = r.unit_id
			""";

	private final RecurrenceRepository recurrences;
	private final Access access;
	private final FeedbackService feedback;
	private final RoundService rounds;
	private final OfficeRoundService officeRounds;
	private final OfficeSteps office;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	RecurrenceService(RecurrenceRepository recurrences, FeedbackService feedback, RoundService rounds,
			OfficeRoundService officeRounds, OfficeSteps office, AuditLog audit, JdbcClient jdbc, Clock clock, Access access) {
		this.access = access;
		this.recurrences = recurrences;
		this.feedback = feedback;
		this.rounds = rounds;
		this.officeRounds = officeRounds;
		this.office = office;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The five problems of earlier rounds whose titles read most like this problem's, most alike first. */
	public List<RecurrenceCandidate> candidates(long problemId) {
		var problem = problemRow(problemId).orElseThrow(() -> new NotFoundException("problem", problemId));
		return jdbc.sql(PROBLEMS + " where p.round_id <> :round").param("round", problem.roundId())
			.query(this::row).list().stream()
			.filter(other -> other.earlierThan(problem))
			.map(other -> new RecurrenceCandidate(other.id(), other.title(), other.roundId(), other.roundName(),
					other.unitId(), other.unitName(), TitleSimilarity.of(problem.title(), other.title()),
					recurrences.existsByProblemIdAndEarlierProblemId(problemId, other.id())))
			.filter(c -> c.similarity() > 0)
			.sorted(Comparator.comparingDouble(RecurrenceCandidate::similarity).reversed()
				.thenComparing(RecurrenceCandidate::problemId, Comparator.reverseOrder()))
			.limit(CANDIDATES)
			.toList();
	}

	/** Links a problem to the problem of an earlier round that it repeats. */
	@Transactional
	public RecurrenceView link(long problemId, NewRecurrence command) {
		access.require(Action.RECORD_OVERSIGHT, TargetKind.PROBLEM, problemId);
		String user = office.actor();
		var problem = problemRow(problemId).orElseThrow(() -> new NotFoundException("problem", problemId));
		var earlier = problemRow(command.earlierProblemId());
		new InvalidInputException.Collector()
			.rejectIf(earlier.isEmpty(), "earlierProblemId", "validation.unknown", command.earlierProblemId())
			.rejectIf(earlier.isPresent() && !earlier.get().earlierThan(problem), "earlierProblemId",
					"validation.not-an-earlier-round")
			.throwIfAny();
		if (recurrences.existsByProblemIdAndEarlierProblemId(problemId, command.earlierProblemId())) {
			throw new StepRefusedException("step.recurrence-exists");
		}
		String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
		var saved = recurrences.save(new Recurrence(problem.roundId(), problemId, command.earlierProblemId(), note,
				user, Instant.now(clock)));
		var view = view(saved);
		audit.record(AuditAction.CREATE, "recurrence", view.id(), null, view);
		return view;
	}

	/** The round's problems that repeat problems of earlier rounds (屡改屡犯), in link order. */
	public List<RecurrenceView> recurrencesOf(long roundId) {
		rounds.round(roundId);
		return recurrences.findByRoundIdOrderByIdAsc(roundId).stream().map(this::view).toList();
	}

	/**
	 * The problems found again across all units of a round of inspections, each with the earlier
	 * problem it repeats: one query, however many units.
	 */
	public List<UnitRecurrence> recurrencesOfOfficeRound(long officeRoundId) {
		officeRounds.officeRound(officeRoundId);
		return jdbc.sql("""
				select c.id, r.id as round_id, r.unit_id, u.name as unit_name, p.id as problem_id, p.title as problem_title,
				       e.id as earlier_problem_id, e.title as earlier_problem_title, er.name as earlier_round_name,
				       eu.name as earlier_unit_name, c.note
				from recurrence c
				join problem p on p.id = c.problem_id
				join inspection_round r on r.id = p.round_id
				join unit u on u.id = r.unit_id
				join problem e on e.id = c.earlier_problem_id
				join inspection_round er on er.id = e.round_id
				join unit eu on eu.id = er.unit_id
				where r.office_round_id = :officeRound
				order by u.name, c.id
				""").param("officeRound", officeRoundId)
			.query((rs, n) -> new UnitRecurrence(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("unit_id"),
					rs.getString("unit_name"), rs.getLong("problem_id"), rs.getString("problem_title"),
					rs.getLong("earlier_problem_id"), rs.getString("earlier_problem_title"),
					rs.getString("earlier_round_name"), rs.getString("earlier_unit_name"), rs.getString("note")))
			.list();
	}

	public List<RecurrenceView> recurrencesOfProblem(long problemId) {
		feedback.problem(problemId);
		return recurrences.findByProblemIdOrderByIdAsc(problemId).stream().map(this::view).toList();
	}

	private RecurrenceView view(Recurrence recurrence) {
		var problem = problemRow(recurrence.problemId()).orElseThrow();
		var earlier = problemRow(recurrence.earlierProblemId()).orElseThrow();
		return new RecurrenceView(recurrence.id(), problem.roundId(), problem.id(), problem.title(), earlier.id(),
				earlier.title(), earlier.roundId(), earlier.roundName(), earlier.unitName(), recurrence.note(),
				recurrence.linkedBy(), recurrence.version());
	}

	private Optional<ProblemRow> problemRow(long id) {
		return jdbc.sql(PROBLEMS + " where p.id = :id").param("id", id).query(this::row).optional();
	}

	private ProblemRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var feedbackDate = rs.getObject("feedback_date", LocalDate.class);
		return new ProblemRow(rs.getLong("id"), rs.getString("title"), rs.getLong("round_id"), rs.getString("round_name"),
				feedbackDate, rs.getLong("unit_id"), rs.getString("unit_name"));
	}

	/** A problem with the round and unit it belongs to. */
	record ProblemRow(Long id, String title, Long roundId, String roundName, @Nullable LocalDate feedbackDate,
			Long unitId, String unitName) {

		/**
		 * Whether this problem's round came before the other's: fed back earlier, or, where the dates
		 * are equal or unknown, recorded earlier.
		 */
		boolean earlierThan(ProblemRow other) {
			if (roundId.equals(other.roundId)) {
				return false;
			}
			if (feedbackDate != null && other.feedbackDate != null && !feedbackDate.equals(other.feedbackDate)) {
				return feedbackDate.isBefore(other.feedbackDate);
			}
			return roundId < other.roundId;
		}
	}
}
