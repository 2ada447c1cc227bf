package org.zhenggai.rectification;

/** The orders the ledger can be read in; each a fixed SQL clause, never text from the request. */
public enum LedgerSort {

	LEDGER("l.category_position, l.problem_position, l.measure_position"),
	DEADLINE("l.deadline, l.category_position, l.problem_position, l.measure_position"),
	DEPARTMENT("l.lead_department_name, l.category_position, l.problem_position, l.measure_position"),
	STATUS("overdue desc, l.status, l.deadline, l.category_position, l.problem_position, l.measure_position");

	private final String columns;

	LedgerSort(String columns) {
		this.columns = columns;
	}

	String orderBy() {
		return " order by " + columns + ", l.measure_id";
	}
}
