package org.zhenggai.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.zhenggai.mechanism.Rating;
import org.zhenggai.round.OfficeRoundView;

/**
 * What the inspection office sees of one round of inspections: each unit's figures in rank order
 * (all of them, or one page: {@code rankingPage} says which), the totals over all units, and the
 * units without progress for the chosen number of days.
 */
public record OfficeOverview(OfficeRoundView officeRound, Figures totals, List<UnitFigures> ranking,
		RankingPage rankingPage, int idleDays, List<UnitFigures> idle, List<UnitFigures> lookBackProposals) {

	/** Which part of the ranking {@code ranking} holds: page {@code number} (from 0) of {@code size} units. */
	public record RankingPage(int number, int size, long totalElements, int totalPages) {

		static RankingPage of(int number, int size, long total) {
			return new RankingPage(number, size, total, size == 0 ? 0 : (int) ((total + size - 1) / size));
		}

		public boolean hasPrevious() {
			return number > 0;
		}

		public boolean hasNext() {
			return number + 1 < totalPages;
		}
	}

	/**
	 * The same overview with one page of the ranking; totals, idle units and proposals stay whole.
	 * A page past the end is empty.
	 */
	public OfficeOverview page(int number, int size) {
		int from = (int) Math.min((long) number * size, ranking.size());
		int to = (int) Math.min((long) from + size, ranking.size());
		return new OfficeOverview(officeRound, totals, List.copyOf(ranking.subList(from, to)),
				RankingPage.of(number, size, ranking.size()), idleDays, idle, lookBackProposals);
	}

	/** The best {@code n} units and the worst {@code n} (every unit when there are no more than 2n). */
	List<UnitFigures> topAndBottom(int n) {
		if (ranking.size() <= 2 * n) {
			return ranking;
		}
		var ends = new java.util.ArrayList<>(ranking.subList(0, n));
		ends.addAll(ranking.subList(ranking.size() - n, ranking.size()));
		return ends;
	}

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
		return new OfficeOverview(officeRound, totals, List.copyOf(ranking),
				RankingPage.of(0, ranking.size(), ranking.size()), idleDays, idle, proposals);
	}

	private static long sum(List<UnitFigures> units, java.util.function.ToLongFunction<Figures> figure) {
		return units.stream().map(UnitFigures::figures).filter(Objects::nonNull).mapToLong(figure).sum();
	}
}
