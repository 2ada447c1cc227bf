package org.zhenggai.rectification;

import java.util.ArrayList;
import java.util.List;

/**
 * Ledger rows as a table shows them: a problem's cell spans the run of its measures that stand
 * together, so the problem is written once above them, as in the offices' Excel ledgers.
 */
public record LedgerLines(List<Line> lines) {

	/** One row, with how many rows its problem cell spans (0 when an earlier row's cell covers it). */
	public record Line(LedgerRow row, int problemSpan) {
	}

	public static LedgerLines of(List<LedgerRow> rows) {
		var lines = new ArrayList<Line>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			boolean startsRun = i == 0 || rows.get(i - 1).problemId() != rows.get(i).problemId();
			int span = 0;
			if (startsRun) {
				span = 1;
				while (i + span < rows.size() && rows.get(i + span).problemId() == rows.get(i).problemId()) {
					span++;
				}
			}
			lines.add(new Line(rows.get(i), span));
		}
		return new LedgerLines(List.copyOf(lines));
	}
}
