package org.zhenggai.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.rectification.LedgerQuery;
import org.zhenggai.rectification.LedgerRow;
import org.zhenggai.shared.ZhenggaiProperties;

/**
 * The warning scan (预警): each open measure turns YELLOW when its deadline comes within one of the
 * configured numbers of days, and RED when it has passed. A warning is raised once per threshold
 * and deadline, so a scan run twice in a day, or every day, tells a department each thing once.
 */
@Service
public class WarningScan {

	private static final Logger log = LoggerFactory.getLogger(WarningScan.class);

	private final LedgerQuery ledger;
	private final Access access;
	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;
	private final Notifier notifier;
	private final ZhenggaiProperties properties;
	private final Clock clock;

	WarningScan(LedgerQuery ledger, JdbcClient jdbc, JdbcTemplate jdbcTemplate, Notifier notifier, ZhenggaiProperties properties, Clock clock, Access access) {
		this.access = access;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.notifier = notifier;
		this.properties = properties;
		this.clock = clock;
	}

	/** Scans as of {@code today}; returns how many warnings of each level were raised. */
	@Transactional
	public ScanResult scan(LocalDate today) {
		access.require(Action.SCAN_WARNINGS);
		List<Integer> thresholds = properties.warnings().yellowDays().stream().sorted(Comparator.reverseOrder()).toList();
		int widest = thresholds.isEmpty() ? 0 : thresholds.get(0);
		LocalDate until = today.plusDays(widest);
		var rows = ledger.openDueBy(until);
		var raised = existing(until);
		var warnings = new ArrayList<Object[]>();
		var notices = new ArrayList<Notifier.DepartmentNotice>();
		int yellow = 0;
		int red = 0;
		for (var row : rows) {
			long daysLeft = ChronoUnit.DAYS.between(today, row.deadline());
			if (daysLeft < 0) {
				if (raise(row, WarningLevel.RED, 0, today, raised, warnings)) {
					red++;
					notices.add(new Notifier.DepartmentNotice(row.leadDepartmentId(), row.measureId(),
							NotificationKind.WARNING_RED,
							"整改措施“" + row.measureText() + "”已逾期 " + -daysLeft + " 天（完成时限 " + row.deadline() + "）。"));
				}
				continue;
			}
			// Only the nearest threshold crossed speaks; the wider ones are recorded as passed.
			Integer nearest = null;
			for (int threshold : thresholds) {
				if (daysLeft <= threshold && raise(row, WarningLevel.YELLOW, threshold, today, raised, warnings)) {
					nearest = threshold;
				}
			}
			if (nearest != null) {
				yellow++;
				notices.add(new Notifier.DepartmentNotice(row.leadDepartmentId(), row.measureId(),
						NotificationKind.WARNING_YELLOW,
						"整改措施“" + row.measureText() + "”还有 " + daysLeft + " 天到期（完成时限 " + row.deadline() + "）。"));
			}
		}
		// Written in batches: a province's first scan raises tens of thousands of warnings.
		jdbcTemplate.batchUpdate("""
				insert into warning (measure_id, level, threshold_days, deadline, raised_on, raised_at)
				values (?, ?, ?, ?, ?, ?)
				""", warnings);
		notifier.departments(notices);
		log.info("Warning scan for {}: {} open measures due, {} yellow and {} red warnings raised", today, rows.size(),
				yellow, red);
		return new ScanResult(today, rows.size(), yellow, red);
	}

	/** The warnings raised for a round's measures, newest first. */
	public List<WarningView> warningsOf(long roundId) {
		return jdbc.sql("""
				select w.id, w.measure_id, w.level, w.threshold_days, w.deadline, w.raised_on, m.text, m.problem_id
				from warning w join measure m on m.id = w.measure_id
				where m.round_id = :roundId and m.closed_on is null
				order by w.raised_on desc, w.id desc
				""")
			.param("roundId", roundId)
			.query((rs, n) -> new WarningView(rs.getLong(1), rs.getLong(2), WarningLevel.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
					rs.getLong(8)))
			.list();
	}

	private boolean raise(LedgerRow row, WarningLevel level, int threshold, LocalDate today, Set<String> raised,
			List<Object[]> warnings) {
		String key = key(row.measureId(), level.name(), threshold, row.deadline());
		if (!raised.add(key)) {
			return false;
		}
		warnings.add(new Object[] { row.measureId(), level.name(), threshold, row.deadline(), today,
				Timestamp.from(Instant.now(clock)) });
		return true;
	}

	/**
	 * The warnings already raised that this scan could raise again: a warning is keyed by its
	 * deadline, and the scan raises none for a deadline after {@code until}. One read of the warning
	 * table, rather than lists of measure ids, which PostgreSQL compares one by one.
	 */
	private Set<String> existing(LocalDate until) {
		var keys = new HashSet<String>();
		jdbc.sql("select measure_id, level, threshold_days, deadline from warning where deadline <= :until")
			.param("until", until)
			.query((rs, n) -> keys.add(key(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class))))
			.list();
		return keys;
	}

	private static String key(long measureId, String level, int threshold, LocalDate deadline) {
		return measureId + "/" + level + "/" + threshold + "/" + deadline;
	}

	/**
	 * What one scan did. Serializable because the scan page hands it to the next page through the
	 * session, which lives in the database.
	 */
	public record ScanResult(LocalDate date, int openMeasuresDue, int yellowRaised, int redRaised)
			implements java.io.Serializable {
	}
}
