package org.zhenggai.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.round.RoundService;

/**
 * The ledger (整改台账): one row per measure with its problem and category, responsibility,
 * deadline, latest progress and derived status, filtered and paged in the database.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQuery {

	/**
	 * Every measure of a round with what the ledger shows; filters and paging wrap around it. The
	 * names of people and departments are looked up per row rather than joined: with fewer tables to
	 * order, PostgreSQL plans a page in about 1 ms instead of 5 (longer than reading the page took).
	 */
	private static final String ROWS = """
			select m.id as measure_id, m.round_id, m.position as measure_position, m.text as measure_text, m.kind, m.deadline,
			       m.target, m.version,
			       c.id as category_id, c.position as category_position, c.title as category_title,
			       p.id as problem_id, p.position as problem_position, p.title as problem_title,
			       m.responsible_leader_id,
			       (select x.name from person x where x.id = m.responsible_leader_id) as responsible_leader_name,
			       m.lead_department_id,
			       (select x.name from department x where x.id = m.lead_department_id) as lead_department_name,
			       m.responsible_person_id,
			       (select x.name from person x where x.id = m.responsible_person_id) as responsible_person_name,
			       lp.reported_on as progress_date, lp.text as progress_text, lp.phrase as progress_phrase,
			       m.status
			from measure m
			join problem p on p.id = m.problem_id
			join category c on c.id = p.category_id
			""" + MeasureStatus.LATEST_PROGRESS_JOIN;

	private final JdbcClient jdbc;
	private final Access access;
	private final RoundService rounds;
	private final Clock clock;

	LedgerQuery(JdbcClient jdbc, RoundService rounds, Clock clock, Access access) {
		this.access = access;
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.clock = clock;
	}

	/**
	 * One page of a round's ledger. A page with rows shows the round exists; only an empty one asks
	 * whether it does, to answer a round that does not as not found. It opens no transaction of its
	 * own: at READ COMMITTED each statement reads its own snapshot inside one as well, so a
	 * transaction would only add its BEGIN and COMMIT to the two reads (the rows, their assisting
	 * departments).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public LedgerPage ledger(long roundId, LedgerFilter filter, LedgerSort sort, int page, int size) {
		var found = page(roundId, filter, sort, page, size);
		if (found.content().isEmpty()) {
			rounds.round(roundId);
		}
		return found;
	}

	/** One page of the measures matching the filter across all rounds, e.g. a department's tasks. */
	public LedgerPage acrossRounds(LedgerFilter filter, LedgerSort sort, int page, int size) {
		return page(null, filter, sort, page, size);
	}

	/**
	 * Every open measure, in any round, due on or before {@code until}: what the daily warning scan
	 * looks at. Open means neither completed nor closed.
	 */
	public List<LedgerRow> openDueBy(LocalDate until) {
		// Two steps: the open measures due are picked by the index on the stored status and deadline, then
		// their rows are read in slices. Asked in one query, the database would hash every progress report
		// ever written to find the latest ones.
		List<Long> ids = jdbc.sql("select m.id from measure m where m.status in " + MeasureStatus.OPEN_SQL_LIST
				+ " and m.deadline <= :until")
			.param("until", until)
			.query(Long.class)
			.list();
		var rows = new ArrayList<LedgerRow>(ids.size());
		for (int from = 0; from < ids.size(); from += 1000) {
			var params = new HashMap<String, Object>();
			params.put("ids", ids.subList(from, Math.min(from + 1000, ids.size())));
			rows.addAll(jdbc.sql(select(null, LedgerFilter.none(), params, "l.measure_id in (:ids)"))
				.params(params)
				.query(this::row)
				.list());
		}
		rows.sort(DEADLINE_ORDER);
		return rows;
	}

	/** {@link LedgerSort#DEADLINE}'s order, for rows read in slices. */
	private static final Comparator<LedgerRow> DEADLINE_ORDER = Comparator
		.comparing(LedgerRow::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingInt(LedgerRow::categoryPosition)
		.thenComparingInt(LedgerRow::problemPosition)
		.thenComparingInt(LedgerRow::measurePosition)
		.thenComparingLong(LedgerRow::measureId);

	/** Every row of a round's ledger that matches, for overviews and exports. */
	public List<LedgerRow> all(long roundId, LedgerFilter filter, LedgerSort sort) {
		rounds.round(roundId);
		var params = new HashMap<String, Object>();
		return withAssisting(jdbc.sql(select(roundId, filter, params) + sort.orderBy()).params(params).query(this::row).list());
	}

	private LedgerPage page(@Nullable Long roundId, LedgerFilter filter, LedgerSort sort, int page, int size) {
		var params = new HashMap<String, Object>();
		// the page carries the number of all matching rows, so one query answers both
		String select = select(roundId, filter, params, true);
		params.put("offset", (long) page * size);
		params.put("size", size);
		var total = new long[1];
		var rows = jdbc.sql(select + sort.orderBy() + " offset :offset rows fetch next :size rows only")
			.params(params)
			.query((rs, n) -> {
				total[0] = rs.getLong("total_rows");
				return row(rs, n);
			})
			.list();
		if (rows.isEmpty() && page > 0) {
			total[0] = jdbc.sql("select count(*) from (" + select + ") counted").params(params).query(Long.class).single();
		}
		return new LedgerPage(withAssisting(rows), page, size, total[0], (int) ((total[0] + size - 1) / size));
	}

	private String select(@Nullable Long roundId, LedgerFilter filter, Map<String, Object> params, String... extra) {
		return select(roundId, filter, params, false, extra);
	}

	/** With {@code counted}, every row also carries the number of all matching rows, as {@code total_rows}. */
	private String select(@Nullable Long roundId, LedgerFilter filter, Map<String, Object> params, boolean counted,
			String... extra) {
		params.put("today", LocalDate.now(clock));
		var conditions = conditions(filter, params);
		conditions.addAll(List.of(extra));
		if (roundId != null) {
			conditions.add(0, "l.round_id = :roundId");
			params.put("roundId", roundId);
		}
		conditions.addAll(reachConditions(params));
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		return "select l.*, case when " + Overdue.SQL + " then 1 else 0 end as overdue"
				+ (counted ? ", count(*) over () as total_rows" : "") + " from (" + ROWS + ") l" + where;
	}

	/**
	 * Whatever the filter asks, rows outside the account's reach are never read: other units' rows,
	 * and for a department the measures it neither leads nor assists.
	 */
	private List<String> reachConditions(Map<String, Object> params) {
		var reach = access.reach(Action.READ);
		var conditions = new ArrayList<String>();
		if (!reach.allUnits()) {
			conditions.add("l.round_id in (select r.id from inspection_round r where r.unit_id in (:reachUnits))");
			params.put("reachUnits", reach.units().isEmpty() ? List.of(-1L) : reach.units());
		}
		if (reach.department() != null) {
			conditions.add("(l.lead_department_id = :reachDepartment or exists (select 1 from measure_assisting_department a"
					+ " where a.measure_id = l.measure_id and a.department_id = :reachDepartment))");
			params.put("reachDepartment", reach.department());
		}
		if (reach.leader() != null) {
			conditions.add("l.responsible_leader_id = :reachLeader");
			params.put("reachLeader", reach.leader());
		}
		return conditions;
	}

	private static List<String> conditions(LedgerFilter filter, Map<String, Object> params) {
		var conditions = new ArrayList<String>();
		if (filter.categoryId() != null) {
			conditions.add("l.category_id = :categoryId");
			params.put("categoryId", filter.categoryId());
		}
		if (filter.departmentId() != null) {
			conditions.add("(l.lead_department_id = :departmentId or exists (select 1 from measure_assisting_department a"
					+ " where a.measure_id = l.measure_id and a.department_id = :departmentId))");
			params.put("departmentId", filter.departmentId());
		}
		if (filter.leaderId() != null) {
			conditions.add("l.responsible_leader_id = :leaderId");
			params.put("leaderId", filter.leaderId());
		}
		if (filter.status() != null) {
			conditions.add("l.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.overdue() != null) {
			conditions.add(filter.overdue() ? Overdue.SQL : "not " + Overdue.SQL);
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			conditions.add("(lower(l.measure_text) like :text or lower(l.problem_title) like :text)");
			params.put("text", "%" + filter.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
		}
		return conditions;
	}

	private LedgerRow row(ResultSet rs, int n) throws SQLException {
		String phrase = rs.getString("progress_phrase");
		return new LedgerRow(rs.getLong("measure_id"), rs.getLong("round_id"), rs.getInt("measure_position"), rs.getString("measure_text"),
				MeasureKind.valueOf(rs.getString("kind")), rs.getLong("category_id"), rs.getInt("category_position"),
				rs.getString("category_title"), rs.getLong("problem_id"), rs.getInt("problem_position"),
				rs.getString("problem_title"), rs.getObject("responsible_leader_id", Long.class),
				rs.getString("responsible_leader_name"), rs.getObject("lead_department_id", Long.class),
				rs.getString("lead_department_name"), List.of(), rs.getObject("responsible_person_id", Long.class),
				rs.getString("responsible_person_name"), rs.getObject("deadline", LocalDate.class),
				rs.getString("target"), rs.getObject("progress_date", LocalDate.class), rs.getString("progress_text"),
				phrase == null ? null : ProgressPhrase.valueOf(phrase), MeasureStatus.valueOf(rs.getString("status")),
				rs.getInt("overdue") == 1, rs.getInt("version"));
	}

	/** Adds the assisting departments' names to a page of rows with one more query, not one per row. */
	private List<LedgerRow> withAssisting(List<LedgerRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		var names = new HashMap<Long, List<String>>();
		jdbc.sql("""
				select a.measure_id, d.name from measure_assisting_department a join department d on d.id = a.department_id
				where a.measure_id in (:ids) order by d.position, d.id
				""")
			.param("ids", rows.stream().map(LedgerRow::measureId).toList())
			.query((rs, n) -> names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return rows.stream().map(r -> r.withAssistingDepartments(names.getOrDefault(r.measureId(), List.of()))).toList();
	}
}
