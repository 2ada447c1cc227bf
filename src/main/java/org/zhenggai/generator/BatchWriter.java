package org.zhenggai.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Writes with batched prepared inserts: any database (H2 here), and PostgreSQL when asked. */
final class BatchWriter extends BulkWriter {

	private static final int BATCH = 1000;

	@Override
	String method() {
		return "batched inserts";
	}

	@Override
	void write(Connection connection, Table table, List<Object[]> rows) throws SQLException {
		try (var statement = connection.prepareStatement(insert(table))) {
			int inBatch = 0;
			for (var row : rows) {
				for (int i = 0; i < row.length; i++) {
					Object value = row[i];
					statement.setObject(i + 1, value instanceof Instant instant ? Timestamp.from(instant) : value);
				}
				statement.addBatch();
				if (++inBatch == BATCH) {
					statement.executeBatch();
					inBatch = 0;
				}
			}
			if (inBatch > 0) {
				statement.executeBatch();
			}
		}
	}
}
