package org.zhenggai.rectification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A measure is overdue when its deadline has passed and it is not completed. */
public final class Overdue {

	/** The same rule as {@link #test}, for queries; {@code :today} and {@code l.status} must be in scope. */
	public static final String SQL = sql("l.deadline", "l.status");

	/** The rule for a query that names the deadline and the status itself; {@code :today} must be in scope. */
	public static String sql(String deadline, String status) {
		return "(" + deadline + " < :today and not " + MeasureStatus.doneSql(status) + ")";
	}

	private Overdue() {
	}

	static boolean test(@Nullable LocalDate deadline, MeasureStatus status, LocalDate today) {
		return deadline != null && deadline.isBefore(today) && !status.done();
	}
}
