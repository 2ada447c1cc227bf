package org.zhenggai.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

	/** Generates {@code units} inspected units with everything below them, in county rounds of inspections. */
	public GenerationReport generate(int units, long seed, LocalDate today, boolean batchInserts) {
		return generate(units, seed, today, batchInserts, OfficeLevel.COUNTY);
	}

	/**
	 * Generates {@code units} inspected units with everything below them.
	 *
	 * @param today the day the data is made as of (deadlines, overdue work, closures)
	 * @param batchInserts write with batched inserts even on PostgreSQL, instead of COPY
	 * @param officeLevel whose round of inspections the unit rounds belong to
	 */
	public GenerationReport generate(int units, long seed, LocalDate today, boolean batchInserts,
			OfficeLevel officeLevel) {
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
				long province = new ProvinceGenerator(Vocabulary.load(), writer, connection, nextIds, units, seed, today,
						officeLevel)
					.generate();
				var result = report(units, seed, today, writer, province, start);
				var summary = summary(result);
				summary.put("officeLevel", officeLevel.name());
				audit.record(AuditAction.CREATE, "generated-data", province, null, summary);
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

	/**
	 * Adds the inspection office's level to a province generated before the generator wrote it: the
	 * rounds of inspections of the given level (named and dated as {@link #generate} names them) and
	 * every unit round below the province that belongs to none put into its office's. Rounds already
	 * in a round of inspections stay where they are. One transaction, with one audit record.
	 *
	 * @return the number of unit rounds put into a round of inspections
	 */
	public int addOfficeLevel(long province, OfficeLevel officeLevel, LocalDate today) {
		String name = jdbc.sql("select name from unit where id = :id and parent_id is null").param("id", province)
			.query(String.class).optional()
			.orElseThrow(() -> new IllegalArgumentException("no province (a unit without parent) with id " + province));
		var offices = officeLevel == OfficeLevel.PROVINCE
				? List.of(new Office(province, name, """
						select u.id from unit u join unit county on county.id = u.parent_id
						join unit city on city.id = county.parent_id where city.parent_id = :office"""))
				: jdbc.sql("select county.id, county.name from unit county join unit city on city.id = county.parent_id "
						+ "where city.parent_id = :province order by county.id")
					.param("province", province)
					.query((rs, n) -> new Office(rs.getLong(1), rs.getString(2),
							"select id from unit where parent_id = :office"))
					.list();
		return transaction.execute(status -> {
			int linked = 0;
			int officeRounds = 0;
			for (var office : offices) {
				long unit = office.unitId();
				String unlinked = "from inspection_round where office_round_id is null and unit_id in (" + office.units()
						+ ")";
				if (jdbc.sql("select count(*) " + unlinked).param("office", unit).query(Long.class).single() == 0) {
					continue;
				}
				long officeRound = insertOfficeRound(unit, office.name(), officeLevel, today);
				officeRounds++;
				linked += jdbc.sql("update inspection_round set office_round_id = :officeRound where office_round_id is null "
						+ "and unit_id in (" + office.units() + ")")
					.param("officeRound", officeRound).param("office", unit).update();
			}
			var summary = new LinkedHashMap<String, Object>();
			summary.put("officeLevel", officeLevel.name());
			summary.put("officeRounds", officeRounds);
			summary.put("roundsLinked", linked);
			audit.record(AuditAction.CREATE, "generated-data", province, null, summary);
			return linked;
		});
	}

	/** An inspection office's unit and name, and the SQL that selects the units (below {@code :office}) it inspects. */
	private record Office(long unitId, String name, String units) {
	}

	private long insertOfficeRound(long office, String officeName, OfficeLevel level, LocalDate today) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		var startsOn = OfficeLevel.startsOn(today);
		jdbc.sql("""
				insert into office_round (unit_id, name, inspecting_body, starts_on, version, created_at)
				values (:unit, :name, :body, :startsOn, 0, :createdAt)
				""")
			.param("unit", office).param("name", level.roundName(officeName)).param("body", officeName + "委")
			.param("startsOn", startsOn)
			.param("createdAt", java.time.OffsetDateTime.of(startsOn.atTime(9, 0), java.time.ZoneOffset.ofHours(8)))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
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

	private static LinkedHashMap<String, Object> summary(GenerationReport report) {
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
