package org.zhenggai.rectification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;

/**
 * Who received which measure (签收): a department acknowledges each measure it leads or assists,
 * once, with a time stamp, so the office sees what was assigned but never taken up.
 */
@Component
class HandOver {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	HandOver(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	List<MeasureView.SignOff> signOffs(long measureId) {
		return jdbc.sql("""
				select department_id, signed_by, signed_at from measure_sign_off
				where measure_id = :measureId order by signed_at
				""")
			.param("measureId", measureId)
			.query((rs, n) -> new MeasureView.SignOff(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** Records the sign-off; signing twice changes nothing. Returns whether this call signed. */
	boolean signFor(long measureId, long departmentId, String username) {
		boolean signed = jdbc.sql("select count(*) from measure_sign_off where measure_id = :m and department_id = :d")
			.param("m", measureId).param("d", departmentId).query(Long.class).single() > 0;
		if (signed) {
			return false;
		}
		Instant now = Instant.now(clock);
		jdbc.sql("""
				insert into measure_sign_off (measure_id, department_id, signed_by, signed_at)
				values (:m, :d, :by, :at)
				""")
			.param("m", measureId).param("d", departmentId).param("by", username).param("at", Timestamp.from(now))
			.update();
		audit.record(AuditAction.CREATE, "sign-off", measureId, null,
				java.util.Map.of("departmentId", departmentId, "signedBy", username, "signedAt", now.toString()));
		return true;
	}
}
