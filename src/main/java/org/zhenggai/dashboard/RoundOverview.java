package org.zhenggai.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.zhenggai.rectification.LedgerRow;
import org.zhenggai.rectification.MeasureStatus;
import org.zhenggai.round.RoundView;

/**
 * What a round's home page shows, computed from the ledger rows: the counts, completion per
 * category and per lead department, and the lists of late and soon-due work.
 */
public record RoundOverview(RoundView round, @Nullable Long daysLeft, Counts counts, List<Share> byCategory,
		List<Share> byDepartment, List<LedgerRow> overdue, List<LedgerRow> dueSoon) {

	public record Counts(long problems, long measures, long completed, long inProgress, long notStarted, long overdue,
			long dueSoon) {

		/** Completion rate in whole per cent, as reports state it. */
		public long completionRate() {
			return measures == 0 ? 0 : Math.round(100.0 * completed / measures);
		}
	}

	/** Completion of one group of measures (a category or a department). */
	public record Share(String name, long total, long completed, long overdue) {
	}

	static RoundOverview of(RoundView round, List<LedgerRow> rows, LocalDate today) {
		var dueSoon = rows.stream().filter(r -> r.tone(today) == LedgerRow.Tone.DUE_SOON)
			.sorted(Comparator.comparing(LedgerRow::deadline)).toList();
		var overdue = rows.stream().filter(LedgerRow::overdue)
			.sorted(Comparator.comparing(LedgerRow::deadline)).toList();
		var counts = new Counts(rows.stream().map(LedgerRow::problemId).distinct().count(), rows.size(),
				done(rows), count(rows, MeasureStatus.IN_PROGRESS),
				count(rows, MeasureStatus.NOT_STARTED), overdue.size(), dueSoon.size());
		Long daysLeft = round.rectificationDeadline() == null ? null
				: ChronoUnit.DAYS.between(today, round.rectificationDeadline());
		return new RoundOverview(round, daysLeft, counts, shares(rows, LedgerRow::categoryTitle),
				shares(rows, r -> Objects.requireNonNullElse(r.leadDepartmentName(), "—")), overdue, dueSoon);
	}

	private static long done(List<LedgerRow> rows) {
		return rows.stream().filter(r -> r.status().done()).count();
	}

	private static long count(List<LedgerRow> rows, MeasureStatus status) {
		return rows.stream().filter(r -> r.status() == status).count();
	}

	/** Groups in ledger order (categories) or first appearance (departments). */
	private static List<Share> shares(List<LedgerRow> rows, Function<LedgerRow, String> key) {
		Map<String, List<LedgerRow>> groups = rows.stream()
			.collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
		return groups.entrySet().stream()
			.map(e -> new Share(e.getKey(), e.getValue().size(), done(e.getValue()),
					e.getValue().stream().filter(LedgerRow::overdue).count()))
			.toList();
	}
}
