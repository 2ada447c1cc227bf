package org.zhenggai.documents.write;

import java.time.LocalDate;

import org.zhenggai.documents.ReportModel.Measure;

/**
 * The colour a measure's row gets on the ledger, so that the office sees at a glance what is late
 * (预警): closed grey, completed green, overdue red, due within a week yellow.
 */
public enum LedgerFill {

	NONE(null),
	DUE_SOON("FFEB9C"),
	OVERDUE("FFC7CE"),
	COMPLETED("C6EFCE"),
	CLOSED("D9D9D9");

	/** A deadline this many days ahead or nearer counts as due soon (临期). */
	static final int DUE_SOON_DAYS = 7;

	private final String rgb;

	LedgerFill(String rgb) {
		this.rgb = rgb;
	}

	/** The fill as RRGGBB, {@code null} for no fill. */
	public String rgb() {
		return rgb;
	}

	/** A closed measure is also completed, and an overdue one may be completed late: the later state wins. */
	public static LedgerFill of(Measure measure, LocalDate today) {
		if (measure.closed()) {
			return CLOSED;
		}
		if (measure.completed()) {
			return COMPLETED;
		}
		if (measure.overdue()) {
			return OVERDUE;
		}
		LocalDate deadline = measure.deadline();
		if (deadline != null && !deadline.isBefore(today) && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS))) {
			return DUE_SOON;
		}
		return NONE;
	}
}
