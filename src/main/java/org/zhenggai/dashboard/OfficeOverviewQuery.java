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
import org.zhenggai.round.OfficeRoundService;

/**
 * The inspection office's read model: figures per inspected unit of a round of inspections, and
 * figures per round of inspections rolled up along the unit tree (county → city → province). Each is
 * one aggregate query, whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class OfficeOverviewQuery {

	/**
	 * The overdue measures per group: open and past their deadline on {@code :today}, read by the index
	 * {@code measure_open_deadline}, which holds the open measures by deadline (a province has about
	 * 90,000 overdue among 1.2 million).
	 */
	private static final String OVERDUE = """
			select %1$s as grouped, count(*) as overdue
			from measure m join inspection_round mr on mr.id = m.round_id
			where m.status in %3$s and m.deadline < :today and %2$s
			group by %1$s""";

	private static String overdue(String grouped, String where) {
		return OVERDUE.formatted(grouped, where, MeasureStatus.OPEN_SQL_LIST);
	}

	/**
	 * One row per unit round of the round of inspections, with the figures each round keeps (its
	 * measures, done measures and latest report, kept up to date by every report and closure) and its
	 * overdue measures: 10,000 round rows and the overdue measures, however many measures there are.
	 */
	private static final String UNITS = """
			select r.id as round_id, r.unit_id, u.name as unit_name, r.feedback_date,
			       r.measure_count as measures, r.completed_count as completed,
			       coalesce(o.overdue, 0) as overdue, r.last_reported_on as last_progress,
			       (select count(*) from problem p where p.round_id = r.id) as problems,
			       (select count(*) from recurrence c where c.round_id = r.id) as recurrences,
			       ra.rating, ra.reason as rating_reason, ra.rated_by
			from inspection_round r
			join unit u on u.id = r.unit_id
			left join unit_rating ra on ra.round_id = r.id
			left join (%s) o on o.grouped = r.id
			where r.office_round_id = :officeRound
			""".formatted(overdue("m.round_id", "mr.office_round_id = :officeRound"));

	/**
	 * One row per round of inspections the account oversees, with the branch of the unit tree it
	 * lies in: the office directly below the top (or the top itself) that the figures roll up to.
	 * The figures are the sums of those each unit round keeps.
	 */
	private static final String ROLL_UP = """
			with recursive below (id, branch, depth) as (
			  select id, id, 0 from unit where %s
			  union all
			  select u.id, case when b.depth = 0 then u.id else b.branch end, b.depth + 1
			  from unit u join below b on u.parent_id = b.id),
			overseen (id, unit_id, branch) as (
			  select o.id, o.unit_id, b.branch from office_round o join below b on b.id = o.unit_id)
			select o.id, o.name, o.unit_id, ou.name as office_name, v.branch, bu.name as branch_name,
			       coalesce(f.units, 0) as units, coalesce(f.measures, 0) as measures,
			       coalesce(f.completed, 0) as completed, coalesce(d.overdue, 0) as overdue,
			       (select count(*) from problem p join inspection_round pr on pr.id = p.round_id
			        where pr.office_round_id = o.id) as problems
			from office_round o
			join overseen v on v.id = o.id
			join unit ou on ou.id = o.unit_id
			join unit bu on bu.id = v.branch
			left join (select r.office_round_id, count(*) as units, sum(r.measure_count) as measures,
			                  sum(r.completed_count) as completed
			           from inspection_round r where r.office_round_id in (select id from overseen)
			           group by r.office_round_id) f on f.office_round_id = o.id
			left join (%s) d on d.grouped = o.id
			order by o.id desc
			""".formatted("%s", overdue("mr.office_round_id", "mr.office_round_id in (select id from overseen)"));

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
		var sql = jdbc.sql(ROLL_UP.formatted(start)).param("today", today());
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
