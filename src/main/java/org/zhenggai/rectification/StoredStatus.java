package org.zhenggai.rectification;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps what a measure and its round hold of the work in step with the reports and closures: the
 * measure's status and latest report day ({@link MeasureStatus#STORED_SQL}), and its round's numbers
 * of measures and of done measures and latest report day, which the inspection office ranks units by.
 * Every change first {@link #lock}s the measure, so two reports on one measure at once are written one
 * after the other and the second rewrite reads the first report (each statement at READ COMMITTED
 * reads what was committed when it began). The round's figures change by increments, which the
 * database applies to the latest committed row, so writers on other measures of the round lose none.
 */
@Component
class StoredStatus {

	private final JdbcClient jdbc;

	StoredStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the measure's row until the transaction ends. */
	void lock(long measureId) {
		jdbc.sql("select id from measure where id = :id for update").param("id", measureId).query(Long.class).optional();
	}

	/** Counts a new measure in its round. */
	void added(long roundId) {
		jdbc.sql("update inspection_round set measure_count = measure_count + 1 where id = :id").param("id", roundId)
			.update();
	}

	/** Rewrites the measure's stored status from its closure and reports, after either changed, and its round's figures. */
	void refresh(long measureId) {
		var before = stored(measureId);
		jdbc.sql(MeasureStatus.STORED_SQL).param("id", measureId).update();
		var after = stored(measureId);
		int completed = (after.status().done() ? 1 : 0) - (before.status().done() ? 1 : 0);
		if (after.lastReportedOn() == null) {
			jdbc.sql("update inspection_round set completed_count = completed_count + :completed where id = :id")
				.param("completed", completed).param("id", after.roundId()).update();
			return;
		}
		jdbc.sql("""
				update inspection_round set completed_count = completed_count + :completed,
				    last_reported_on = case when last_reported_on is null or last_reported_on < :reported then :reported
				                            else last_reported_on end
				where id = :id
				""").param("completed", completed).param("reported", after.lastReportedOn()).param("id", after.roundId())
			.update();
	}

	private Stored stored(long measureId) {
		return jdbc.sql("select round_id, status, last_reported_on from measure where id = :id").param("id", measureId)
			.query((rs, n) -> new Stored(rs.getLong(1), MeasureStatus.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class)))
			.single();
	}

	private record Stored(long roundId, MeasureStatus status, LocalDate lastReportedOn) {
	}
}
