package org.zhenggai.dashboard;

import java.util.List;

/**
 * The rounds of inspections an office oversees, each in figures, and the figures summed per branch
 * of the unit tree: for a city office, its own rounds form one branch and each county office below
 * it another.
 */
public record OfficeRollUp(List<RoundFigures> rounds, List<Branch> branches) {

	/** One round of inspections in figures, with the office that runs it and the branch it rolls up to. */
	public record RoundFigures(long id, String name, long officeId, String officeName, long branchId, String branchName,
			OfficeOverview.Figures figures) {
	}

	/** The sum over the rounds of inspections of one branch. */
	public record Branch(long unitId, String name, long officeRounds, OfficeOverview.Figures figures) {

		static Branch of(RoundFigures round) {
			return new Branch(round.branchId(), round.branchName(), 1, round.figures());
		}

		Branch plus(Branch other) {
			var a = figures;
			var b = other.figures;
			return new Branch(unitId, name, officeRounds + other.officeRounds,
					OfficeOverview.Figures.of(a.units() + b.units(), a.problems() + b.problems(),
							a.measures() + b.measures(), a.completed() + b.completed(), a.overdue() + b.overdue()));
		}
	}
}
