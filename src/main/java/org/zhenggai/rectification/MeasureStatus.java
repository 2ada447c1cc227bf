package org.zhenggai.rectification;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Where a measure or problem stands. A measure's follows from its closure and its latest progress
 * report; it is also kept on the measure ({@code measure.status}, with {@code last_reported_on}),
 * rewritten by {@link #STORED_SQL} in the transaction that changes either, so that overviews of
 * many measures read it instead of every measure's reports. A problem's follows from its measures.
 */
public enum MeasureStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, CLOSED;

	/** Joins each measure {@code m} to its latest progress report as {@code lp}. */
	public static final String LATEST_PROGRESS_JOIN = """
			left join progress_report lp on lp.id = (
			    select r.id from progress_report r where r.measure_id = m.id
			    order by r.reported_on desc, r.id desc fetch first 1 row only)
			""";

	/**
	 * The same rule as {@link #of(ProgressPhrase, boolean)}, as an update of the stored status and
	 * latest report day of the measure {@code :id}.
	 */
	static final String STORED_SQL = """
			update measure set
			    last_reported_on = (select max(r.reported_on) from progress_report r where r.measure_id = measure.id),
			    status = case
			        when closed_on is not null then 'CLOSED'
			        else coalesce((select case when r.phrase in %s then 'COMPLETED' else 'IN_PROGRESS' end
			                       from progress_report r where r.measure_id = measure.id
			                       order by r.reported_on desc, r.id desc fetch first 1 row only), 'NOT_STARTED')
			    end
			where id = :id
			""".formatted(ProgressPhrase.COMPLETING_SQL_LIST);

	/** The statuses that are not {@link #done()}, as a SQL list: what a query for open measures asks for. */
	public static final String OPEN_SQL_LIST = java.util.Arrays.stream(values())
		.filter(s -> !s.done())
		.map(s -> "'" + s.name() + "'")
		.collect(java.util.stream.Collectors.joining(", ", "(", ")"));

	/** The rule of {@link #done()} over a stored status in {@code column}, for queries. */
	public static String doneSql(String column) {
		return column + " in ('COMPLETED', 'CLOSED')";
	}

	/** Whether the work is done: completed, or closed after review (销号). */
	public boolean done() {
		return this == COMPLETED || this == CLOSED;
	}

	public static MeasureStatus of(@Nullable ProgressPhrase latestPhrase, boolean closed) {
		if (closed) {
			return CLOSED;
		}
		return of(latestPhrase);
	}

	public static MeasureStatus of(@Nullable ProgressPhrase latestPhrase) {
		if (latestPhrase == null) {
			return NOT_STARTED;
		}
		return latestPhrase.completes() ? COMPLETED : IN_PROGRESS;
	}

	/**
	 * A problem is closed when all its measures are, completed when all are done, started when any
	 * of them is.
	 */
	public static MeasureStatus ofProblem(Collection<MeasureStatus> measures) {
		if (!measures.isEmpty() && measures.stream().allMatch(s -> s == CLOSED)) {
			return CLOSED;
		}
		if (!measures.isEmpty() && measures.stream().allMatch(MeasureStatus::done)) {
			return COMPLETED;
		}
		return measures.stream().anyMatch(s -> s != NOT_STARTED) ? IN_PROGRESS : NOT_STARTED;
	}
}
