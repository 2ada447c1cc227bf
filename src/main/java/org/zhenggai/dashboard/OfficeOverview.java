package org.zhenggai.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.zhenggai.mechanism.Rating;
import org.zhenggai.round.OfficeRoundView;

/**
 * What the inspection office sees of one round of inspections: each unit's figures in rank order,
 * the totals, and the units without progress for the chosen number of days.
 */
public record OfficeOverview(OfficeRoundView officeRound, Figures totals, List<UnitFigures> ranking,
		int idleDays, List<UnitFigures> idle, List<UnitFigures> lookBackProposals) {

	/** Counts of measures with the completion and overdue rates in whole per cent, as reports state them. */
	public record Figures(long units, long problems, long measures, long completed, long overdue, long completionRate,
			long overdueRate) {

		static Figures of(long units, long problems, long measures, long completed, long overdue) {
			return new Figures(units, problems, measures, completed, overdue, percent(completed, measures),
					percent(overdue, measures));
		}

		private static long percent(long part, long whole) {
			return whole == 0 ? 0 : Math.round(100.0 * part / whole);
		}
	}

	/**
	 * One inspected unit's round in figures, with the office's rating if it gave one. {@code rank}
	 * is 1 for the best completion; {@code lastProgress} the latest progress reported on any measure.
	 */
	public record UnitFigures(int rank, long roundId, long unitId, String unitName, Figures figures,
			@Nullable LocalDate lastProgress, @Nullable LocalDate feedbackDate, long recurrences,
			@Nullable Rating rating, @Nullable String ratingReason, @Nullable String ratedBy) {

		/** Since when nothing moved: the latest progress, or the feedback date when none was ever reported. */
		public @Nullable LocalDate quietSince() {
			return lastProgress != null ? lastProgress : feedbackDate;
		}

		/** Whether nothing was reported for more than the given days (a unit never fed back is not counted). */
		public boolean idleFor(int days, LocalDate today) {
			var since = quietSince();
			return since != null && since.isBefore(today.minusDays(days));
		}

		UnitFigures ranked(int rank) {
			return new UnitFigures(rank, roundId, unitId, unitName, figures, lastProgress, feedbackDate, recurrences,
					rating, ratingReason, ratedBy);
		}
	}

	/** Better completion first, then fewer overdue, then by name so that the order is stable. */
	static final Comparator<UnitFigures> RANKING = Comparator
		.comparingLong((UnitFigures u) -> u.figures().completionRate()).reversed()
		.thenComparingLong(u -> u.figures().overdueRate())
		.thenComparing(UnitFigures::unitName)
		.thenComparingLong(UnitFigures::roundId);

	static OfficeOverview of(OfficeRoundView officeRound, List<UnitFigures> units, int idleDays, LocalDate today) {
		var sorted = units.stream().sorted(RANKING).toList();
		var ranking = new java.util.ArrayList<UnitFigures>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			ranking.add(sorted.get(i).ranked(i + 1));
		}
		var totals = Figures.of(ranking.size(), sum(ranking, Figures::problems), sum(ranking, Figures::measures),
				sum(ranking, Figures::completed), sum(ranking, Figures::overdue));
		var idle = ranking.stream().filter(u -> u.idleFor(idleDays, today))
			.sorted(Comparator.comparing(UnitFigures::quietSince).thenComparing(UnitFigures::unitName))
			.toList();
		var proposals = ranking.stream().filter(u -> u.rating() == Rating.POOR).toList();
		return new OfficeOverview(officeRound, totals, List.copyOf(ranking), idleDays, idle, proposals);
	}

	private static long sum(List<UnitFigures> units, java.util.function.ToLongFunction<Figures> figure) {
		return units.stream().map(UnitFigures::figures).filter(Objects::nonNull).mapToLong(figure).sum();
	}
}
