package org.zhenggai.rectification;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Where a measure or problem stands. Never stored: it follows from the latest progress report, and
 * a problem's from its measures.
 */
public enum MeasureStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, CLOSED;

	/**
	 * The same rule as {@link #of(ProgressPhrase, boolean)}, for queries over many measures: the
	 * measure as {@code m}, its latest progress report as {@code lp}.
	 */
	/** Joins each measure {@code m} to its latest progress report as {@code lp}, as {@link #SQL_CASE} needs. */
	public static final String LATEST_PROGRESS_JOIN = """
			left join progress_report lp on lp.id = (
			    select r.id from progress_report r where r.measure_id = m.id
			    order by r.reported_on desc, r.id desc fetch first 1 row only)
			""";

	public static final String SQL_CASE = "case when m.closed_on is not null then 'CLOSED' when lp.phrase in "
			+ ProgressPhrase.COMPLETING_SQL_LIST
			+ " then 'COMPLETED' when lp.id is not null then 'IN_PROGRESS' else 'NOT_STARTED' end";

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
