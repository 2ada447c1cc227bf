package org.zhenggai.generator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * Writes with PostgreSQL's COPY in text format: the fastest way rows reach PostgreSQL. As
 * PostgreSQL's own advice for populating a database says, the foreign keys of the tables written
 * are dropped first and added back at the end, in the same transaction: adding them back checks
 * every row in one pass instead of one lookup per row, and a violation rolls the whole run back.
 */
final class CopyWriter extends BulkWriter {

	private static final String FOREIGN_KEYS = """
			select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) from pg_constraint c
			where c.contype = 'f' and c.conrelid = any (?::regclass[])
			order by c.conrelid::regclass::text, c.conname
			""";

	private final List<String[]> foreignKeys = new ArrayList<>();
	private double constraintSeconds;

	@Override
	String method() {
		return "PostgreSQL COPY, foreign keys checked at the end in %.1f s".formatted(constraintSeconds);
	}

	@Override
	void begin(Connection connection) throws SQLException {
		var names = Tables.ALL.stream().map(Table::name).toArray();
		try (var statement = connection.prepareStatement(FOREIGN_KEYS)) {
			statement.setArray(1, connection.createArrayOf("text", names));
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					foreignKeys.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
				}
			}
		}
		try (var statement = connection.createStatement()) {
			for (var key : foreignKeys) {
				statement.execute("alter table " + key[0] + " drop constraint " + key[1]);
			}
		}
	}

	@Override
	void finish(Connection connection) throws SQLException {
		super.finish(connection);
		long start = System.nanoTime();
		try (var statement = connection.createStatement()) {
			for (var key : foreignKeys) {
				statement.execute("alter table " + key[0] + " add constraint " + key[1] + " " + key[2]);
			}
		}
		constraintSeconds = (System.nanoTime() - start) / 1e9;
	}

	@Override
	void write(Connection connection, Table table, List<Object[]> rows) throws SQLException {
		var text = new StringBuilder(rows.size() * 96);
		for (var row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				append(text, row[i]);
			}
			text.append('\n');
		}
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		try {
			copy.copyIn("copy " + table.name() + " (" + String.join(", ", table.columns()) + ") from stdin",
					new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new SQLException("COPY into " + table.name() + " failed", e);
		}
	}

	private static void append(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof Boolean b) {
			text.append(b ? 't' : 'f');
		}
		else if (value instanceof Instant instant) {
			text.append(instant);
		}
		else if (value instanceof String s) {
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
		}
		else {
			text.append(value);
		}
	}
}
