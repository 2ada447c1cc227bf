package org.zhenggai.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects generated rows per table and writes them in bulk, all tables in {@link Tables#ALL}'s
 * order at each flush so that foreign keys always find their rows. Counts the rows and the time
 * spent writing each table.
 */
abstract class BulkWriter {

	/** Rows held before a flush: large enough for efficient bulk writes, small enough for little memory. */
	private static final int FLUSH_AT = 50_000;

	private final Map<Table, List<Object[]>> pending = new LinkedHashMap<>();
	private final Map<Table, long[]> written = new LinkedHashMap<>();
	private int held;

	BulkWriter() {
		for (var table : Tables.ALL) {
			pending.put(table, new ArrayList<>());
			written.put(table, new long[2]);
		}
	}

	/** Adds one row; the values follow the table's columns. */
	void add(Table table, Object... values) {
		if (values.length != table.columns().size()) {
			throw new IllegalArgumentException(table.name() + ": " + values.length + " values for "
					+ table.columns().size() + " columns");
		}
		pending.get(table).add(values);
		held++;
	}

	/** Writes what is held once enough has gathered. */
	void flushIfFull(Connection connection) throws SQLException {
		if (held >= FLUSH_AT) {
			flush(connection);
		}
	}

	void flush(Connection connection) throws SQLException {
		for (var entry : pending.entrySet()) {
			var rows = entry.getValue();
			if (rows.isEmpty()) {
				continue;
			}
			long start = System.nanoTime();
			write(connection, entry.getKey(), rows);
			var stats = written.get(entry.getKey());
			stats[0] += rows.size();
			stats[1] += System.nanoTime() - start;
			rows.clear();
		}
		held = 0;
	}

	/** Rows written and nanoseconds spent writing, per table, in writing order. */
	Map<Table, long[]> written() {
		return written;
	}

	/** Prepares the tables before the first row is written. */
	void begin(Connection connection) throws SQLException {
	}

	/** Writes what is still held and puts back what {@link #begin} changed. */
	void finish(Connection connection) throws SQLException {
		flush(connection);
	}

	/** How the rows reach the database, for the report. */
	abstract String method();

	abstract void write(Connection connection, Table table, List<Object[]> rows) throws SQLException;

	static String insert(Table table) {
		return "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") values ("
				+ String.join(", ", java.util.Collections.nCopies(table.columns().size(), "?")) + ")";
	}
}
