package org.zhenggai.mechanism;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.TargetKind;
import org.zhenggai.round.OfficeRoundService;
import org.zhenggai.round.OfficeRoundView;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StaleVersionException;
import org.zhenggai.shared.StepRefusedException;

/**
 * The common-problem list (共性问题清单) of a round of inspections: groups the units' problems by
 * wording, lets the office title and confirm the groups, publishes the confirmed ones, and shows
 * each unit the published list beside its own problems.
 */
@Service
@Transactional(readOnly = true)
public class CommonProblemService {

	/** Every problem of the units of a round of inspections, with its unit. */
	private static final String PROBLEMS = """
			select p.id as problem_id, p.title, r.id as round_id, r.unit_id, u.name as unit_name
			from problem p
			join inspection_round r on r.id = p.round_id
			join unit u on u.id = r.unit_id
			where r.office_round_id = :officeRound
			order by r.id, p.id
			""";

	private final CommonProblemRepository commonProblems;
	private final OfficeRoundService officeRounds;
	private final RoundService rounds;
	private final Access access;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	CommonProblemService(CommonProblemRepository commonProblems, OfficeRoundService officeRounds, RoundService rounds,
			Access access, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.commonProblems = commonProblems;
		this.officeRounds = officeRounds;
		this.rounds = rounds;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The round of inspections' common problems as the office sees them, with every unit's problem text. */
	public List<CommonProblemView> commonProblemsOf(long officeRoundId) {
		officeRounds.officeRound(officeRoundId);
		var problems = problems(officeRoundId);
		return commonProblems.findByOfficeRoundIdOrderByPositionAsc(officeRoundId).stream()
			.map(c -> view(c, problems))
			.toList();
	}

	public CommonProblemView commonProblem(long id) {
		access.require(Action.READ_OFFICE_ROUNDS, TargetKind.COMMON_PROBLEM, id);
		var commonProblem = commonProblems.findById(id).orElseThrow(() -> new NotFoundException("common-problem", id));
		return view(commonProblem, problems(commonProblem.officeRoundId()));
	}

	/**
	 * Groups the problems of the round of inspections by wording afresh, replacing the groups found
	 * before (and their titles); refused once the list is published.
	 */
	@Transactional
	public List<CommonProblemView> group(long officeRoundId) {
		access.require(Action.PUBLISH_COMMON_PROBLEMS, TargetKind.OFFICE_ROUND, officeRoundId);
		requireUnpublished(officeRounds.officeRound(officeRoundId));
		var problems = problems(officeRoundId);
		var before = commonProblems.findByOfficeRoundIdOrderByPositionAsc(officeRoundId);
		var beforeViews = before.stream().map(c -> view(c, problems)).toList();
		commonProblems.deleteAll(before);
		var items = problems.values().stream()
			.map(p -> new ProblemGrouping.Item(p.problemId(), p.unitId(), p.title()))
			.toList();
		var groups = ProblemGrouping.of(items, ProblemGrouping.THRESHOLD);
		var now = Instant.now(clock);
		int position = 1;
		for (var group : groups) {
			var ids = new LinkedHashSet<Long>();
			group.items().forEach(i -> ids.add(i.problemId()));
			commonProblems.save(new CommonProblem(officeRoundId, position++, group.title(), ids, now));
		}
		var after = commonProblemsOf(officeRoundId);
		audit.record(AuditAction.UPDATE, "common-problems", officeRoundId, beforeViews, after);
		return after;
	}

	/** Sets a common problem's title and whether it is confirmed for publishing. */
	@Transactional
	public CommonProblemView change(long id, CommonProblemChange command) {
		access.require(Action.PUBLISH_COMMON_PROBLEMS, TargetKind.COMMON_PROBLEM, id);
		var commonProblem = commonProblems.findById(id).orElseThrow(() -> new NotFoundException("common-problem", id));
		requireUnpublished(officeRounds.officeRound(commonProblem.officeRoundId()));
		if (command.version() != null && !Objects.equals(command.version(), commonProblem.version())) {
			throw new StaleVersionException("common-problem", id, commonProblem.version());
		}
		var problems = problems(commonProblem.officeRoundId());
		var before = view(commonProblem, problems);
		commonProblem.change(command.title().strip(), command.confirmed());
		var after = view(commonProblems.save(commonProblem), problems);
		audit.record(AuditAction.UPDATE, "common-problem", id, before, after);
		return after;
	}

	/** Publishes the confirmed common problems to every unit of the round of inspections; once. */
	@Transactional
	public OfficeRoundView publish(long officeRoundId) {
		access.require(Action.PUBLISH_COMMON_PROBLEMS, TargetKind.OFFICE_ROUND, officeRoundId);
		requireUnpublished(officeRounds.officeRound(officeRoundId));
		if (commonProblems.findByOfficeRoundIdAndConfirmedTrueOrderByPositionAsc(officeRoundId).isEmpty()) {
			throw new StepRefusedException("step.no-confirmed-common-problems");
		}
		return officeRounds.markPublished(officeRoundId);
	}

	/**
	 * The published list as the unit of the round sees it, with its own problems under each common
	 * problem; empty until the office publishes.
	 */
	public PublishedCommonProblems publishedFor(long roundId) {
		access.require(Action.READ, TargetKind.ROUND, roundId);
		var round = rounds.round(roundId);
		if (round.officeRoundId() == null) {
			return new PublishedCommonProblems(roundId, null, null, null, List.of());
		}
		var officeRound = officeRounds.officeRoundOf(round);
		if (!officeRound.published()) {
			return new PublishedCommonProblems(roundId, officeRound.id(), officeRound.name(), null, List.of());
		}
		var problems = problems(officeRound.id());
		var entries = commonProblems.findByOfficeRoundIdAndConfirmedTrueOrderByPositionAsc(officeRound.id()).stream()
			.map(c -> {
				var members = members(c, problems);
				return new PublishedCommonProblems.Entry(c.id(), c.title(),
						members.stream().mapToLong(CommonProblemView.MemberProblem::unitId).distinct().count(),
						members.stream().filter(m -> m.roundId().equals(roundId))
							.map(m -> new PublishedCommonProblems.OwnProblem(m.problemId(), m.title()))
							.toList());
			})
			.toList();
		return new PublishedCommonProblems(roundId, officeRound.id(), officeRound.name(), officeRound.publishedAt(),
				entries);
	}

	private static void requireUnpublished(OfficeRoundView officeRound) {
		if (officeRound.published()) {
			throw new StepRefusedException("step.common-problems-published");
		}
	}

	private Map<Long, CommonProblemView.MemberProblem> problems(long officeRoundId) {
		// In the query's order (round, then problem), so grouping sees the same order on every run.
		var problems = new LinkedHashMap<Long, CommonProblemView.MemberProblem>();
		jdbc.sql(PROBLEMS).param("officeRound", officeRoundId)
			.query((rs, n) -> new CommonProblemView.MemberProblem(rs.getLong("problem_id"), rs.getString("title"),
					rs.getLong("round_id"), rs.getLong("unit_id"), rs.getString("unit_name")))
			.list()
			.forEach(p -> problems.put(p.problemId(), p));
		return problems;
	}

	private static List<CommonProblemView.MemberProblem> members(CommonProblem commonProblem,
			Map<Long, CommonProblemView.MemberProblem> problems) {
		return commonProblem.problemIds().stream().map(problems::get).filter(Objects::nonNull)
			.sorted(java.util.Comparator.comparing(CommonProblemView.MemberProblem::unitName)
				.thenComparing(CommonProblemView.MemberProblem::problemId))
			.toList();
	}

	private static CommonProblemView view(CommonProblem commonProblem, Map<Long, CommonProblemView.MemberProblem> problems) {
		var members = members(commonProblem, problems);
		return new CommonProblemView(commonProblem.id(), commonProblem.officeRoundId(), commonProblem.position(),
				commonProblem.title(), commonProblem.confirmed(),
				members.stream().mapToLong(CommonProblemView.MemberProblem::unitId).distinct().count(), members,
				commonProblem.version());
	}
}
