package org.zhenggai.generator;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run of the generator wrote: rows per table, the time spent writing each, and the whole
 * run's time (generating the rows included).
 *
 * @param provinceId the top unit of the generated tree
 */
public record GenerationReport(int units, long seed, LocalDate today, String method, long provinceId,
		List<TableRows> tables, double seconds) {

	/** Rows written into one table and the seconds spent writing them. */
	public record TableRows(String table, long rows, double seconds) {

		public double rowsPerSecond() {
			return seconds == 0 ? 0 : rows / seconds;
		}
	}

	public long totalRows() {
		return tables.stream().mapToLong(TableRows::rows).sum();
	}

	public long rows(String table) {
		return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableRows::rows).sum();
	}

	public double rowsPerSecond() {
		return seconds == 0 ? 0 : totalRows() / seconds;
	}

	void print(PrintStream out) {
		out.printf("已生成 / generated: %d 个被巡察单位 units, seed %d, today %s, %s, 省级单位 province unit id %d%n", units, seed,
				today, method, provinceId);
		out.printf("%-30s %12s %10s %14s%n", "table", "rows", "seconds", "rows/s");
		for (var table : tables) {
			out.printf("%-30s %12d %10.2f %14.0f%n", table.table(), table.rows(), table.seconds(), table.rowsPerSecond());
		}
		out.printf("%-30s %12d %10.2f %14.0f  (whole run, generating included)%n", "total", totalRows(), seconds,
				rowsPerSecond());
	}
}
