package org.zhenggai.rectification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a measure's stored status and latest report day ({@link MeasureStatus#STORED_SQL}) in step
 * with its reports and closure. Every change to either first {@link #lock}s the measure, so two
 * reports on one measure at once are written one after the other and the second rewrite reads the
 * first report: each statement at READ COMMITTED reads what was committed when it began.
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

	/** Rewrites the stored status from the closure and the reports, after either changed. */
	void refresh(long measureId) {
		jdbc.sql(MeasureStatus.STORED_SQL).param("id", measureId).update();
	}
}
