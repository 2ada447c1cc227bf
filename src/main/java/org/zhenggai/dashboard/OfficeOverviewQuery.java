package org.zhenggai.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.mechanism.Rating;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.rectification.MeasureStatus;
import org.zhenggai.rectification.Overdue;
import org.zhenggai.round.OfficeRoundService;

/**
 * The inspection office's read model: figures per inspected unit of a round of inspections, and
 * figures per round of inspections rolled up along the unit tree (county → city → province). Each is
 * one aggregate query, whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class OfficeOverviewQuery {

	/** Each measure of the given rounds with its status and the date of its latest progress. */
	private static final String LINES = """
			select m.round_id, m.id as measure_id, m.deadline, lp.reported_on, %s as status
			from measure m
			%s
			""".formatted(MeasureStatus.SQL_CASE, MeasureStatus.LATEST_PROGRESS_JOIN);

	private static final String DONE = "(l.status in ('COMPLETED', 'CLOSED'))";

	/** One row per unit round of the round of inspections. */
	private static final String UNITS = """
			with unit_rounds as (
			  select r.id as round_id, r.unit_id, r.feedback_date from inspection_round r
			  where r.office_round_id = :officeRound),
			lines as (%s where m.round_id in (select round_id from unit_rounds)),
			measures as (
			  select l.round_id, count(*) as measures,
			         sum(case when %s then 1 else 0 end) as completed,
			         sum(case when %s then 1 else 0 end) as overdue,
			         max(l.reported_on) as last_progress
			  from lines l group by l.round_id),
			problems as (
			  select p.round_id, count(*) as problems from problem p
			  where p.round_id in (select round_id from unit_rounds) group by p.round_id),
			recurrences as (
			  select c.round_id, count(*) as recurrences from recurrence c
			  where c.round_id in (select round_id from unit_rounds) group by c.round_id)
			select ur.round_id, ur.unit_id, u.name as unit_name, ur.feedback_date,
			       coalesce(p.problems, 0) as problems, coalesce(ms.measures, 0) as measures,
			       coalesce(ms.completed, 0) as completed, coalesce(ms.overdue, 0) as overdue, ms.last_progress,
			       coalesce(c.recurrences, 0) as recurrences, ra.rating, ra.reason as rating_reason, ra.rated_by
			from unit_rounds ur
			join unit u on u.id = ur.unit_id
			left join measures ms on ms.round_id = ur.round_id
			left join problems p on p.round_id = ur.round_id
			left join recurrences c on c.round_id = ur.round_id
			left join unit_rating ra on ra.round_id = ur.round_id
			""".formatted(LINES, DONE, Overdue.SQL);

	/**
	 * One row per round of inspections the account oversees, with the branch of the unit tree it
	 * lies in: the office directly below the top (or the top itself) that the figures roll up to.
	 */
	private static final String ROLL_UP = """
			with recursive below (id, branch, depth) as (
			  select id, id, 0 from unit where %s
			  union all
			  select u.id, case when b.depth = 0 then u.id else b.branch end, b.depth + 1
			  from unit u join below b on u.parent_id = b.id),
			office_rounds (id, name, unit_id, branch) as (
			  select o.id, o.name, o.unit_id, b.branch from office_round o join below b on b.id = o.unit_id),
			lines (round_id, measure_id, deadline, reported_on, status) as (%s where m.round_id in (
			  select r.id from inspection_round r where r.office_round_id in (select id from office_rounds))),
			figures (office_round_id, units, measures, completed, overdue) as (
			  select r.office_round_id, count(distinct r.id) as units, count(l.measure_id) as measures,
			         sum(case when %s then 1 else 0 end) as completed,
			         sum(case when l.measure_id is not null and %s then 1 else 0 end) as overdue
			  from inspection_round r left join lines l on l.round_id = r.id
			  where r.office_round_id in (select id from office_rounds)
			  group by r.office_round_id),
			problems (office_round_id, problems) as (
			  select r.office_round_id, count(*) as problems
			  from problem p join inspection_round r on r.id = p.round_id
			  where r.office_round_id in (select id from office_rounds)
			  group by r.office_round_id)
			select o.id, o.name, o.unit_id, ou.name as office_name, o.branch, bu.name as branch_name,
			       coalesce(f.units, 0) as units, coalesce(p.problems, 0) as problems,
			       coalesce(f.measures, 0) as measures, coalesce(f.completed, 0) as completed,
			       coalesce(f.overdue, 0) as overdue
			from office_rounds o
			join unit ou on ou.id = o.unit_id
			join unit bu on bu.id = o.branch
			left join figures f on f.office_round_id = o.id
			left join problems p on p.office_round_id = o.id
			order by o.id desc
			""";

	private final JdbcClient jdbc;
	private final OfficeRoundService officeRounds;
	private final Access access;
	private final Clock clock;

	OfficeOverviewQuery(JdbcClient jdbc, OfficeRoundService officeRounds, Access access, Clock clock) {
		this.jdbc = jdbc;
		this.officeRounds = officeRounds;
		this.access = access;
		this.clock = clock;
	}

	/** A round of inspections in figures per unit, ranked; units quiet for more than {@code idleDays} listed apart. */
	public OfficeOverview overview(long officeRoundId, int idleDays) {
		var officeRound = officeRounds.officeRound(officeRoundId);
		var units = jdbc.sql(UNITS).param("officeRound", officeRoundId).param("today", today())
			.query(OfficeOverviewQuery::unitRow).list();
		return OfficeOverview.of(officeRound, units, idleDays, today());
	}

	/**
	 * Every round of inspections the account oversees in figures, and the same figures summed per
	 * branch of the unit tree below the account's office: an office sees its own rounds and the
	 * totals of each office below it.
	 */
	public OfficeRollUp rollUp() {
		var root = access.root(Action.READ_OFFICE_ROUNDS);
		var start = root.map(r -> "id = :top").orElse("parent_id is null");
		var sql = jdbc.sql(ROLL_UP.formatted(start, LINES, DONE, Overdue.SQL)).param("today", today());
		if (root.isPresent()) {
			sql = sql.param("top", root.get().unitId());
		}
		var rounds = sql.query(OfficeOverviewQuery::rollUpRow).list();
		var branches = new LinkedHashMap<Long, OfficeRollUp.Branch>();
		rounds.stream().sorted(java.util.Comparator.comparing(OfficeRollUp.RoundFigures::branchName))
			.forEach(r -> branches.merge(r.branchId(), OfficeRollUp.Branch.of(r), OfficeRollUp.Branch::plus));
		return new OfficeRollUp(rounds, List.copyOf(branches.values()));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static OfficeOverview.UnitFigures unitRow(ResultSet rs, int n) throws SQLException {
		String rating = rs.getString("rating");
		return new OfficeOverview.UnitFigures(0, rs.getLong("round_id"), rs.getLong("unit_id"), rs.getString("unit_name"),
				OfficeOverview.Figures.of(1, rs.getLong("problems"), rs.getLong("measures"), rs.getLong("completed"),
						rs.getLong("overdue")),
				rs.getObject("last_progress", LocalDate.class), rs.getObject("feedback_date", LocalDate.class),
				rs.getLong("recurrences"), rating == null ? null : Rating.valueOf(rating), rs.getString("rating_reason"),
				rs.getString("rated_by"));
	}

	private static OfficeRollUp.RoundFigures rollUpRow(ResultSet rs, int n) throws SQLException {
		return new OfficeRollUp.RoundFigures(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
				rs.getString("office_name"), rs.getLong("branch"), rs.getString("branch_name"),
				OfficeOverview.Figures.of(rs.getLong("units"), rs.getLong("problems"), rs.getLong("measures"),
						rs.getLong("completed"), rs.getLong("overdue")));
	}
}
