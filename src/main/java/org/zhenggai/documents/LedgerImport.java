package org.zhenggai.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows read from a ledger workbook, or the reasons they could not be read. An import with any
 * error carries no rows, so that a caller never writes half a ledger.
 */
public record LedgerImport(List<Row> rows, List<RowError> errors, List<Integer> lines) {

	public LedgerImport {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
		lines = List.copyOf(lines);
		if (!errors.isEmpty() && !rows.isEmpty()) {
			throw new IllegalArgumentException("an import with errors carries no rows");
		}
	}

	public static LedgerImport of(List<Row> rows) {
		return new LedgerImport(rows, List.of(), java.util.stream.IntStream.rangeClosed(1, rows.size()).boxed().toList());
	}

	/** The rows read, each with the row number Excel shows for it, so later checks can name the row. */
	public static LedgerImport of(List<Row> rows, List<Integer> lines) {
		return new LedgerImport(rows, List.of(), lines);
	}

	public static LedgerImport failed(List<RowError> errors) {
		return new LedgerImport(List.of(), errors, List.of());
	}

	/** The row number Excel shows for the row at this index. */
	public int line(int index) {
		return lines.get(index);
	}

	public boolean succeeded() {
		return errors.isEmpty();
	}

	/**
	 * One measure of the ledger with its problem and category.
	 *
	 * @param deadline {@code null} for 长期坚持 or an empty cell
	 * @param status one of {@link LedgerWorkbook#STATUSES}
	 */
	public record Row(String category, String problem, String measure, String responsibleLeader,
			String leadDepartment, String responsiblePerson, LocalDate deadline, String progress, String status) {
	}

	/**
	 * Why a cell could not be read.
	 *
	 * @param row the row number as Excel shows it (the first row is 1)
	 * @param column the column header, e.g. 完成时限
	 * @param reason what is wrong, in Chinese for the person who fixes the file
	 */
	public record RowError(int row, String column, String reason) {

		@Override
		public String toString() {
			return "第" + row + "行“" + column + "”：" + reason;
		}
	}
}
