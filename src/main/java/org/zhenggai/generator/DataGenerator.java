package org.zhenggai.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;

/**
 * Fills the configured database with a generated province in one transaction: all of it or none.
 * Rows are written directly in bulk, not through the services, so they carry no audit records of
 * their own; one audit record in the same transaction states what was generated, keeping the audit
 * chain whole and the generation traceable.
 */
@Service
public class DataGenerator {

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final AuditLog audit;

	DataGenerator(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.audit = audit;
	}

	/**
	 * Generates {@code units} inspected units with everything below them.
	 *
	 * @param today the day the data is made as of (deadlines, overdue work, closures)
	 * @param batchInserts write with batched inserts even on PostgreSQL, instead of COPY
	 */
	public GenerationReport generate(int units, long seed, LocalDate today, boolean batchInserts) {
		if (units < 1) {
			throw new IllegalArgumentException("units must be at least 1, was " + units);
		}
		long start = System.nanoTime();
		var report = transaction.execute(status -> {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
				BulkWriter writer = postgres && !batchInserts ? new CopyWriter() : new BatchWriter();
				var nextIds = new LinkedHashMap<Table, long[]>();
				for (var table : Tables.ALL) {
					if (table.hasId()) {
						long max = jdbc.sql("select coalesce(max(id), 0) from " + table.name()).query(Long.class).single();
						nextIds.put(table, new long[] { max + 1 });
					}
				}
				long province = new ProvinceGenerator(Vocabulary.load(), writer, connection, nextIds, units, seed, today)
					.generate();
				var result = report(units, seed, today, writer, province, start);
				audit.record(AuditAction.CREATE, "generated-data", province, null, summary(result));
				return result;
			}
			catch (SQLException e) {
				throw new IllegalStateException("generating failed: " + e.getMessage(), e);
			}
		});
		restartIdentities();
		return new GenerationReport(report.units(), report.seed(), report.today(), report.method(), report.provinceId(),
				report.tables(), (System.nanoTime() - start) / 1e9);
	}

	/** New rows made by the application continue after the generated ids. */
	private void restartIdentities() {
		for (var table : Tables.ALL) {
			if (table.hasId()) {
				long max = jdbc.sql("select coalesce(max(id), 0) from " + table.name()).query(Long.class).single();
				jdbc.sql("alter table " + table.name() + " alter column id restart with " + (max + 1)).update();
			}
		}
	}

	private static GenerationReport report(int units, long seed, LocalDate today, BulkWriter writer, long province,
			long start) {
		var tables = new ArrayList<GenerationReport.TableRows>();
		writer.written().forEach((table, stats) -> tables.add(new GenerationReport.TableRows(table.name(), stats[0],
				stats[1] / 1e9)));
		return new GenerationReport(units, seed, today, writer.method(), province, tables,
				(System.nanoTime() - start) / 1e9);
	}

	private static Map<String, Object> summary(GenerationReport report) {
		var rows = new LinkedHashMap<String, Object>();
		report.tables().forEach(t -> rows.put(t.table(), t.rows()));
		var summary = new LinkedHashMap<String, Object>();
		summary.put("units", report.units());
		summary.put("seed", report.seed());
		summary.put("today", report.today().toString());
		summary.put("rows", rows);
		return summary;
	}
}
