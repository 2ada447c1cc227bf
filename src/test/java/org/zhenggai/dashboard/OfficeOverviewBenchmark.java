package org.zhenggai.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhenggai.ZhenggaiApplication;

/**
 * How long the inspection office's overview takes across many units: an office over 10,000 units
 * (by default), each with a round of 3 problems × 3 measures and progress on some, on an in-memory
 * H2 database (or the database {@code SPRING_DATASOURCE_URL} names). Prints the time of the
 * per-unit overview and of the roll-up, each warmed up first. A plain main, not a test.
 *
 * <pre>
 * mvn -q -o test-compile
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.zhenggai.dashboard.OfficeOverviewBenchmark [units] [runs]
 * </pre>
 */
public final class OfficeOverviewBenchmark {

	private OfficeOverviewBenchmark() {
	}

	public static void main(String[] args) {
		int units = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		var context = new SpringApplicationBuilder(ZhenggaiApplication.class)
			.properties("spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "zhenggai.demo=false", "zhenggai.server-tasks=false",
					"server.port=0", "zhenggai.data-dir=target/bench-data")
			.run();
		try {
			var jdbc = context.getBean(JdbcTemplate.class);
			long started = System.nanoTime();
			long officeRound = fill(jdbc, units);
			System.out.printf("filled %,d units (%,d measures) in %.1f s%n", units, units * 9,
					(System.nanoTime() - started) / 1e9);
			var query = context.getBean(OfficeOverviewQuery.class);
			time("overview of one round of inspections", runs, () -> query.overview(officeRound, 30).ranking().size());
			time("roll-up of every round of inspections", runs, () -> query.rollUp().rounds().size());
		}
		finally {
			context.close();
		}
	}

	private static void time(String what, int runs, java.util.function.IntSupplier work) {
		for (int i = 0; i < 2; i++) {
			work.getAsInt();
		}
		long started = System.nanoTime();
		int size = 0;
		for (int i = 0; i < runs; i++) {
			size = work.getAsInt();
		}
		System.out.printf("%-42s %8.1f ms per run (%,d rows)%n", what, (System.nanoTime() - started) / 1e6 / runs, size);
	}

	/** An office, its round of inspections and the units below it with their rounds, problems, measures and progress. */
	private static long fill(JdbcTemplate jdbc, int units) {
		var now = OffsetDateTime.now(ZoneOffset.UTC);
		var today = LocalDate.now();
		long office = insert(jdbc, "insert into unit (name, version, created_at) values ('巡察办', 0, ?)", now);
		long officeRound = insert(jdbc, "insert into office_round (unit_id, name, inspecting_body, version, created_at) "
				+ "values (?, '第六轮巡察', '区委', 0, ?)", office, now);
		for (int u = 0; u < units; u++) {
			long unit = insert(jdbc, "insert into unit (parent_id, name, version, created_at) values (?, ?, 0, ?)", office,
					"单位" + u, now);
			long round = insert(jdbc, "insert into inspection_round (name, kind, inspecting_body, inspection_group, unit_id, "
					+ "feedback_date, office_round_id, version, created_at) values ('第六轮巡察', 'REGULAR', '区委', '第一组', ?, ?, ?, 0, ?)",
					unit, today.minusDays(60), officeRound, now);
			long category = insert(jdbc, "insert into category (round_id, position, title, version, created_at) "
					+ "values (?, 1, '方面', 0, ?)", round, now);
			var measures = new ArrayList<Object[]>();
			for (int p = 0; p < 3; p++) {
				long problem = insert(jdbc, "insert into problem (round_id, category_id, position, title, version, created_at) "
						+ "values (?, ?, ?, ?, 0, ?)", round, category, p, "问题" + p, now);
				for (int m = 0; m < 3; m++) {
					measures.add(new Object[] { round, problem, m, "措施", today.plusDays((u + p + m) % 60 - 30), now });
				}
			}
			jdbc.batchUpdate("insert into measure (round_id, problem_id, position, text, kind, deadline, version, created_at) "
					+ "values (?, ?, ?, ?, 'BY_DEADLINE', ?, 0, ?)", measures);
			List<Long> ids = jdbc.queryForList("select id from measure where round_id = ?", Long.class, round);
			var reports = new ArrayList<Object[]>();
			for (int i = 0; i < ids.size(); i += 2) {
				reports.add(new Object[] { ids.get(i), today.minusDays((u + i) % 50), i % 4 == 0 ? "COMPLETED" : "IN_PROGRESS", now });
			}
			jdbc.batchUpdate("insert into progress_report (measure_id, reported_on, text, phrase, author, version, created_at) "
					+ "values (?, ?, '进展', ?, 'bench', 0, ?)", reports);
		}
		return officeRound;
	}

	private static long insert(JdbcTemplate jdbc, String sql, Object... args) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.update(c -> {
			var statement = c.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKeyAs(Long.class);
	}
}
