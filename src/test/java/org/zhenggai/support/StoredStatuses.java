package org.zhenggai.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks what each measure keeps of its progress (its status and latest report day) against its
 * closure and reports, and what each round keeps of its measures, worked out here afresh,
 * independently of the application's own updates.
 */
public final class StoredStatuses {

	private static final String DISAGREEING = """
			select m.id from measure m
			left join progress_report lp on lp.id = (
			    select r.id from progress_report r where r.measure_id = m.id
			    order by r.reported_on desc, r.id desc fetch first 1 row only)
			where m.status <> case when m.closed_on is not null then 'CLOSED'
			                       when lp.phrase in ('COMPLETED', 'COMPLETED_ONGOING', 'STAGE_DONE_ONGOING') then 'COMPLETED'
			                       when lp.id is not null then 'IN_PROGRESS' else 'NOT_STARTED' end
			   or coalesce(m.last_reported_on, date '1900-01-01') <> coalesce(
			        (select max(r.reported_on) from progress_report r where r.measure_id = m.id), date '1900-01-01')
			order by m.id
			""";

	private static final String DISAGREEING_ROUNDS = """
			select r.id from inspection_round r
			where r.measure_count <> (select count(*) from measure m where m.round_id = r.id)
			   or r.completed_count <> (select count(*) from measure m where m.round_id = r.id and m.status in ('COMPLETED', 'CLOSED'))
			   or coalesce(r.last_reported_on, date '1900-01-01') <> coalesce((select max(p.reported_on) from progress_report p
			        join measure m on m.id = p.measure_id where m.round_id = r.id), date '1900-01-01')
			order by r.id
			""";

	private StoredStatuses() {
	}

	/** The measures of the whole database whose stored status or latest report day is not what their reports say. */
	public static List<Long> disagreeing(JdbcClient jdbc) {
		return jdbc.sql(DISAGREEING).query(Long.class).list();
	}

	/** The rounds whose kept figures (measures, done measures, latest report day) are not what their measures say. */
	public static List<Long> disagreeingRounds(JdbcClient jdbc) {
		return jdbc.sql(DISAGREEING_ROUNDS).query(Long.class).list();
	}
}
