package org.zhenggai.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhenggai.ZhenggaiApplication;
import org.zhenggai.dashboard.OfficeOverviewQuery;
import org.zhenggai.generator.DataGenerator;
import org.zhenggai.generator.OfficeLevel;
import org.zhenggai.rectification.LedgerFilter;
import org.zhenggai.rectification.LedgerQuery;
import org.zhenggai.rectification.LedgerSort;
import org.zhenggai.rectification.MeasureStatus;
import org.zhenggai.supervision.WarningScan;

/**
 * The province-scale benchmark, run by {@code mvn -Pbench verify}: generates a province into its
 * own PostgreSQL database (once; a later run reuses it), then times through the application and as
 * plain SQL through JDBC: one unit's ledger page with filters, the measures due this week across the
 * unit tree, the daily warning scan; then the ledger over HTTP against the running jar, sequentially
 * and under load with wrk. Prints a report in Markdown and writes it to target/bench-report.md.
 * Settings are system properties: bench.units (10000), bench.seed (1), bench.database
 * (zhenggai_bench), bench.calls (300), bench.wrk-seconds (20), bench.parts (office,due,scan,http).
 */
public final class ProvinceBenchmark {

	private static final String HOST = System.getProperty("bench.host", "127.0.0.1:5432");
	private static final String DATABASE = System.getProperty("bench.database", "zhenggai_bench");
	private static final String URL = "jdbc:postgresql://" + HOST + "/" + DATABASE;
	private static final int UNITS = Integer.getInteger("bench.units", 10_000);
	private static final long SEED = Long.getLong("bench.seed", 1);
	private static final int CALLS = Integer.getInteger("bench.calls", 300);
	private static final int WRK_SECONDS = Integer.getInteger("bench.wrk-seconds", 20);
	private static final int PORT = Integer.getInteger("bench.port", 18080);
	/**
	 * Which parts to run, comma-separated: office (the inspection office's overview and roll-up), due,
	 * scan, http (all by default). The ledger page runs with any of due, scan and http: it picks the
	 * round and is the plain SQL the HTTP part is set against.
	 */
	private static final List<String> PARTS = List.of(
			System.getProperty("bench.parts", "office,due,scan,http").split(","));
	private static final String PASSWORD = "Bench#Admin2026";
	/** Where each measure stands, as the schema keeps it on the measure (migration V11). */
	private static final String STATUS = "m.status";
	private static final String LATEST = """
			left join lateral (select r.reported_on, r.text, r.phrase from progress_report r where r.measure_id = m.id
			                   order by r.reported_on desc, r.id desc fetch first 1 row only) lp on true
			""";

	private final StringBuilder report = new StringBuilder();

	public static void main(String[] args) throws Exception {
		new ProvinceBenchmark().run();
		System.exit(0);
	}

	private void run() throws Exception {
		createDatabaseIfMissing();
		// system properties rank above the profile's own properties file
		System.setProperty("spring.datasource.url", URL);
		try (var app = new SpringApplicationBuilder(ZhenggaiApplication.class).web(WebApplicationType.NONE)
			.profiles("postgres")
			.properties("zhenggai.server-tasks=false", "logging.level.root=WARN",
					"spring.datasource.hikari.maximum-pool-size=4")
			.run(); Connection jdbc = DriverManager.getConnection(URL, "postgres", "")) {
			LocalDate today = LocalDate.now(app.getBean(Clock.class));
			machine(jdbc);
			generateIfEmpty(app, jdbc, today);
			long start = System.nanoTime();
			jdbc.createStatement().execute("analyze");
			print("- analyze before measuring: %.1f s".formatted((System.nanoTime() - start) / 1e9));
			officeLevelIfMissing(app, jdbc, today);
			dataSize(jdbc);
			print("- parts: " + String.join(", ", PARTS));
			if (PARTS.contains("office")) {
				office(app, jdbc, today);
			}
			if (PARTS.contains("due") || PARTS.contains("scan") || PARTS.contains("http")) {
				var round = ledger(app, jdbc, today);
				if (PARTS.contains("due")) {
					dueThisWeek(app, jdbc, today);
				}
				if (PARTS.contains("scan")) {
					scan(app, jdbc, today);
				}
				if (PARTS.contains("http")) {
					http(jdbc, round, today);
				}
			}
		}
		Files.writeString(Path.of("target", "bench-report.md"), report.toString());
		System.out.println("\n(written to target/bench-report.md)");
	}

	private void createDatabaseIfMissing() throws SQLException {
		try (var admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "");
				var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				admin.createStatement().execute("create database " + DATABASE);
			}
		}
	}

	private void machine(Connection jdbc) throws Exception {
		print("# Zhenggai province benchmark, " + java.time.Instant.now());
		print("");
		print("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory()
				+ " GB memory, load average (1, 5, 15 min) "
				+ Files.readString(Path.of("/proc/loadavg")).strip());
		print("- " + one(jdbc, "select version()"));
		print("- Java " + Runtime.version() + ", database " + URL);
	}

	private void generateIfEmpty(ConfigurableApplicationContext app, Connection jdbc, LocalDate today) throws Exception {
		if (count(jdbc, "select count(*) from inspection_round") > 0) {
			print("- data: already generated, reused");
			return;
		}
		var generated = app.getBean(DataGenerator.class).generate(UNITS, SEED, today, false);
		print("");
		print("## Generator (" + generated.units() + " units, seed " + generated.seed() + ", " + generated.method() + ")");
		print("");
		print("| table | rows | seconds writing | rows/s |\n|---|---:|---:|---:|");
		for (var table : generated.tables()) {
			print("| %s | %d | %.2f | %.0f |".formatted(table.table(), table.rows(), table.seconds(), table.rowsPerSecond()));
		}
		print("| **total (whole run, generating included)** | %d | %.2f | %.0f |".formatted(generated.totalRows(),
				generated.seconds(), generated.rowsPerSecond()));
	}

	private void dataSize(Connection jdbc) throws SQLException {
		print("");
		print("## Data size");
		print("");
		for (var table : List.of("unit", "office_round", "inspection_round", "problem", "measure", "progress_report", "closure_request",
				"warning", "notification")) {
			print("- " + table + ": " + count(jdbc, "select count(*) from " + table));
		}
		print("- database size: " + one(jdbc, "select pg_size_pretty(pg_database_size(current_database()))"));
	}

	/**
	 * A database generated before the generator wrote the inspection office's level gets it added:
	 * one province-wide round of inspections over every unit round, the largest overview there is.
	 */
	private void officeLevelIfMissing(ConfigurableApplicationContext app, Connection jdbc, LocalDate today)
			throws Exception {
		if (count(jdbc, "select count(*) from inspection_round where office_round_id is not null") > 0) {
			return;
		}
		long start = System.nanoTime();
		int linked = app.getBean(DataGenerator.class).addOfficeLevel(province(jdbc), OfficeLevel.PROVINCE, today);
		jdbc.createStatement().execute("analyze office_round");
		jdbc.createStatement().execute("analyze inspection_round");
		print("- office level added (province-wide round of inspections): %d unit rounds in %.1f s".formatted(linked,
				(System.nanoTime() - start) / 1e9));
	}

	private static long province(Connection jdbc) throws SQLException {
		return count(jdbc, "select min(id) from unit where parent_id is null and id in (select parent_id from unit)");
	}

	/** The inspection office: the largest round of inspections in figures per unit, and the province's roll-up. */
	private void office(ConfigurableApplicationContext app, Connection jdbc, LocalDate today) throws Exception {
		long officeRound = count(jdbc, "select office_round_id from inspection_round where office_round_id is not null "
				+ "group by office_round_id order by count(*) desc, office_round_id limit 1");
		var query = app.getBean(OfficeOverviewQuery.class);
		int calls = Math.max(5, CALLS / 20);
		long[] units = new long[1];
		var overview = Timings.of("office round overview via OfficeOverviewQuery.overview", 2, calls,
				() -> units[0] = query.overview(officeRound, 30).ranking().size());
		// the same question by hand, from what the schema keeps: each round's figures, and the open
		// measures past their deadline
		String plainOverview = """
				select r.id, r.unit_id, u.name, r.feedback_date, r.measure_count, r.completed_count,
				       (select count(*) from measure m where m.round_id = r.id and m.status in ('NOT_STARTED', 'IN_PROGRESS')
				        and m.deadline < date '%2$s'),
				       r.last_reported_on,
				       (select count(*) from problem p where p.round_id = r.id),
				       (select count(*) from recurrence c where c.round_id = r.id), ra.rating
				from inspection_round r join unit u on u.id = r.unit_id
				left join unit_rating ra on ra.round_id = r.id
				where r.office_round_id = %1$d
				""".formatted(officeRound, today);
		var plain = Timings.of("office round overview, plain SQL", 2, calls, () -> drain(jdbc, plainOverview));
		long[] rounds = new long[1];
		var rollUp = Timings.of("roll-up for the province office via OfficeOverviewQuery.rollUp", 2, calls,
				() -> rounds[0] = query.rollUp().rounds().size());
		String plainRollUp = """
				with recursive below (id, branch, depth) as (
				  select id, id, 0 from unit where parent_id is null
				  union all
				  select u.id, case when b.depth = 0 then u.id else b.branch end, b.depth + 1
				  from unit u join below b on u.parent_id = b.id)
				select o.id, o.name, b.branch, count(r.id), sum(r.measure_count), sum(r.completed_count),
				       (select count(*) from measure m join inspection_round mr on mr.id = m.round_id
				        where mr.office_round_id = o.id and m.status in ('NOT_STARTED', 'IN_PROGRESS')
				        and m.deadline < date '%s'),
				       (select count(*) from problem p join inspection_round pr on pr.id = p.round_id
				        where pr.office_round_id = o.id)
				from office_round o join below b on b.id = o.unit_id
				left join inspection_round r on r.office_round_id = o.id
				group by o.id, o.name, b.branch
				""".formatted(today);
		var plainRoll = Timings.of("roll-up for the province office, plain SQL", 2, calls, () -> drain(jdbc, plainRollUp));
		print("");
		print("## The inspection office (office round " + officeRound + ": " + units[0] + " units, " + count(jdbc,
				"select count(*) from measure m join inspection_round r on r.id = m.round_id where r.office_round_id = "
						+ officeRound) + " measures; roll-up: " + rounds[0] + " rounds of inspections)");
		print("");
		print(Timings.header());
		print(plain.row(null));
		print(overview.row(plain));
		print(plainRoll.row(null));
		print(rollUp.row(plainRoll));
		print("");
		print("EXPLAIN ANALYZE of the plain overview (first lines):");
		print("```");
		explain(jdbc, plainOverview);
		print("```");
	}

	private static void drain(Connection jdbc, String sql) throws SQLException {
		try (var rows = jdbc.createStatement().executeQuery(sql)) {
			while (rows.next()) {
				rows.getLong(1);
			}
		}
	}

	/** One unit's ledger: the round with the most measures, four filter shapes taken in turn. */
	private long ledger(ConfigurableApplicationContext app, Connection jdbc, LocalDate today) throws Exception {
		long round = count(jdbc, "select round_id from measure group by round_id order by count(*) desc, round_id limit 1");
		long department = count(jdbc, "select lead_department_id from measure where round_id = " + round
				+ " group by lead_department_id order by count(*) desc, lead_department_id limit 1");
		var ledger = app.getBean(LedgerQuery.class);
		var filters = List.of(LedgerFilter.none(), new LedgerFilter(null, department, null, null, null, null),
				new LedgerFilter(null, null, null, null, true, null),
				new LedgerFilter(null, null, null, MeasureStatus.IN_PROGRESS, null, "制度"));
		var sorts = List.of(LedgerSort.LEDGER, LedgerSort.DEADLINE, LedgerSort.STATUS, LedgerSort.LEDGER);
		var plain = plainLedger(round, department, today);
		var i = new int[1];
		var application = Timings.of("ledger page via LedgerQuery", 40, CALLS,
				() -> ledger.ledger(round, filters.get(i[0] % 4), sorts.get(i[0]++ % 4), 0, 50));
		var j = new int[1];
		var sql = Timings.of("ledger page, plain SQL", 40, CALLS, () -> plainPage(jdbc, plain.get(j[0]++ % 4)));
		print("");
		print("## One unit's ledger page (round " + round + ", " + count(jdbc,
				"select count(*) from measure where round_id = " + round) + " measures; no filter / lead department "
				+ department + " by deadline / overdue by status / in progress with text 制度, taken in turn; 50 rows)");
		print("");
		print(Timings.header());
		print(sql.row(null));
		print(application.row(sql));
		ledgerTimings = sql;
		for (var shape : plain) {
			print("");
			print("EXPLAIN ANALYZE of the ledger's rows of this round for `" + shape[0] + "`, counted (first lines):");
			print("```");
			explain(jdbc, shape[3]);
			print("```");
		}
		return round;
	}

	private Timings ledgerTimings;

	/** The same four pages as hand-written SQL: [name, page query, count query, application-shaped count]. */
	private static List<String[]> plainLedger(long round, long department, LocalDate today) {
		String ledgerOrder = "c.position, p.position, m.position, m.id";
		String select = """
				select m.id, m.position, m.text, m.kind, m.deadline, m.target, m.version, c.id, c.position, c.title, p.id,
				       p.position, p.title, m.responsible_leader_id, leader.name, m.lead_department_id, d.name,
				       m.responsible_person_id, person.name, lp.reported_on, lp.text, lp.phrase, %s as status
				from measure m join problem p on p.id = m.problem_id join category c on c.id = p.category_id
				left join person leader on leader.id = m.responsible_leader_id
				left join department d on d.id = m.lead_department_id
				left join person person on person.id = m.responsible_person_id
				""".formatted(STATUS) + LATEST;
		String count = "select count(*) from measure m join problem p on p.id = m.problem_id ";
		String where = " where m.round_id = " + round + " and ";
		String dept = "(m.lead_department_id = " + department + " or exists (select 1 from measure_assisting_department a "
				+ "where a.measure_id = m.id and a.department_id = " + department + "))";
		String overdue = "(m.deadline < date '" + today + "' and " + STATUS + " not in ('COMPLETED', 'CLOSED'))";
		String text = "(" + STATUS + " = 'IN_PROGRESS' and (lower(m.text) like '%制度%' or lower(p.title) like '%制度%'))";
		var shapes = new ArrayList<String[]>();
		for (var shape : List.of(new String[] { "no filter", "true", ledgerOrder, "LEDGER" },
				new String[] { "lead department", dept, "m.deadline, " + ledgerOrder, "DEADLINE" },
				new String[] { "overdue", overdue, "status, m.deadline, " + ledgerOrder, "STATUS" },
				new String[] { "in progress, text", text, ledgerOrder, "LEDGER" })) {
			shapes.add(new String[] { shape[0], select + where + shape[1] + " order by " + shape[2] + " fetch first 50 rows only",
					count + where + shape[1], applicationCount(round, department, today, shape[0]) });
		}
		return shapes;
	}

	/** The ledger's rows for a shape, built the way LedgerQuery builds them, counted, for EXPLAIN. */
	private static String applicationCount(long round, long department, LocalDate today, String shape) {
		String rows = """
				select m.id as measure_id, m.round_id, m.position as measure_position, m.text as measure_text, m.deadline,
				       c.position as category_position, p.position as problem_position, p.title as problem_title,
				       m.lead_department_id, %s as status
				from measure m join problem p on p.id = m.problem_id join category c on c.id = p.category_id
				left join progress_report lp on lp.id = (
				    select r.id from progress_report r where r.measure_id = m.id
				    order by r.reported_on desc, r.id desc fetch first 1 row only)
				""".formatted(STATUS);
		String condition = switch (shape) {
			case "lead department" -> "(l.lead_department_id = " + department + " or exists (select 1 from "
					+ "measure_assisting_department a where a.measure_id = l.measure_id and a.department_id = " + department + "))";
			case "overdue" -> "(l.deadline < date '" + today + "' and l.status not in ('COMPLETED', 'CLOSED'))";
			case "in progress, text" -> "l.status = 'IN_PROGRESS' and (lower(l.measure_text) like '%制度%' or "
					+ "lower(l.problem_title) like '%制度%')";
			default -> "true";
		};
		return "select count(*) from (select l.* from (" + rows + ") l where l.round_id = " + round + " and " + condition
				+ ") counted";
	}

	private static void plainPage(Connection jdbc, String[] shape) throws SQLException {
		try (var statement = jdbc.createStatement()) {
			var ids = new ArrayList<Long>();
			try (var rows = statement.executeQuery(shape[1])) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
			try (var rows = statement.executeQuery(shape[2])) {
				rows.next();
			}
			if (!ids.isEmpty()) {
				try (var rows = statement.executeQuery("select a.measure_id, d.name from measure_assisting_department a "
						+ "join department d on d.id = a.department_id where a.measure_id in ("
						+ String.join(",", ids.stream().map(String::valueOf).toList()) + ")")) {
					while (rows.next()) {
						rows.getString(2);
					}
				}
			}
		}
	}

	/** Open measures due by the end of this week, across the whole unit tree (the province). */
	private void dueThisWeek(ConfigurableApplicationContext app, Connection jdbc, LocalDate today) throws Exception {
		var ledger = app.getBean(LedgerQuery.class);
		LocalDate until = today.plusDays(7);
		long province = province(jdbc);
		String plainSql = """
				with recursive tree (id) as (select id from unit where id = %d
				  union all select u.id from unit u join tree on u.parent_id = tree.id)
				select m.id, m.text, m.deadline, m.lead_department_id, %s as status
				from measure m join inspection_round ir on ir.id = m.round_id
				where ir.unit_id in (select id from tree) and m.deadline <= date '%s'
				  and m.status in ('NOT_STARTED', 'IN_PROGRESS')
				order by m.deadline, m.id
				""".formatted(province, STATUS, until);
		var found = new long[2];
		var sql = Timings.of("due by " + until + ", plain SQL", 1, 3, () -> {
			try (var rows = jdbc.createStatement().executeQuery(plainSql)) {
				long n = 0;
				while (rows.next()) {
					n++;
				}
				found[0] = n;
			}
		});
		var application = Timings.of("due by " + until + " via LedgerQuery.openDueBy", 1, 3,
				() -> found[1] = ledger.openDueBy(until).size());
		String thisWeekOnly = plainSql.replace("m.deadline <= date", "m.deadline >= date '" + today + "' and m.deadline <= date");
		var week = Timings.of("due " + today + " to " + until + " only, plain SQL", 1, 3, () -> {
			try (var rows = jdbc.createStatement().executeQuery(thisWeekOnly)) {
				while (rows.next()) {
					rows.getLong(1);
				}
			}
		});
		print("");
		print("## Measures due this week across the unit tree (province " + province + ": open measures due by " + until
				+ ", overdue ones included: " + found[0] + " rows plain, " + found[1] + " rows via the application)");
		print("");
		print(Timings.header());
		print(sql.row(null));
		print(application.row(sql));
		print(week.row(null));
	}

	/** The daily warning scan over every measure: first with no warnings yet, then again the same day. */
	private void scan(ConfigurableApplicationContext app, Connection jdbc, LocalDate today) throws Exception {
		jdbc.createStatement().execute("delete from notification where kind like 'WARNING%'");
		jdbc.createStatement().execute("delete from warning");
		var scanner = app.getBean(WarningScan.class);
		var results = new WarningScan.ScanResult[2];
		var first = Timings.of("daily scan, first run (every warning new)", 0, 1, () -> results[0] = scanner.scan(today));
		var again = Timings.of("daily scan, run again the same day (nothing new)", 0, 1,
				() -> results[1] = scanner.scan(today));
		print("");
		print("## Daily warning scan (WarningScan.scan over all " + count(jdbc, "select count(*) from measure")
				+ " measures)");
		print("");
		print("| run | seconds | open measures due | yellow raised | red raised |\n|---|---:|---:|---:|---:|");
		print("| first run | %.1f | %d | %d | %d |".formatted(first.wallSeconds(), results[0].openMeasuresDue(),
				results[0].yellowRaised(), results[0].redRaised()));
		print("| again the same day | %.1f | %d | %d | %d |".formatted(again.wallSeconds(), results[1].openMeasuresDue(),
				results[1].yellowRaised(), results[1].redRaised()));
	}

	/** The ledger over HTTP against the running jar: sequential calls beside plain SQL, then wrk. */
	private void http(Connection jdbc, long round, LocalDate today) throws Exception {
		var jar = new File("target/zhenggai.jar");
		if (!jar.exists()) {
			print("");
			print("HTTP: target/zhenggai.jar is missing; run `mvn -Pbench verify`, which packages it first.");
			return;
		}
		var builder = new ProcessBuilder("java", "-jar", jar.getPath(), "--server.port=" + PORT).redirectErrorStream(true)
			.redirectOutput(new File("target/bench-server.log"));
		builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
		builder.environment().put("ZHENGGAI_DB_URL", URL);
		builder.environment().put("ZHENGGAI_ADMIN_PASSWORD", PASSWORD);
		builder.environment().put("ZHENGGAI_DATA_DIR", "target/bench-data");
		var server = builder.start();
		try {
			// HTTP/1.1 on one kept-alive connection, as wrk and browsers speak to the server; Java's default
			// client asks each plain-HTTP request to upgrade to HTTP/2 first
			var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String token = login(client);
			long department = count(jdbc, "select lead_department_id from measure where round_id = " + round
					+ " group by lead_department_id order by count(*) desc, lead_department_id limit 1");
			String base = "http://127.0.0.1:" + PORT + "/api/v1/rounds/" + round + "/ledger?size=50";
			var urls = List.of(base, base + "&departmentId=" + department + "&sort=DEADLINE",
					base + "&overdue=true&sort=STATUS",
					base + "&status=IN_PROGRESS&text=" + java.net.URLEncoder.encode("制度", StandardCharsets.UTF_8));
			var i = new int[1];
			var sequential = Timings.of("ledger page over HTTP (GET /api/v1/rounds/{id}/ledger), one client", 40, CALLS,
					() -> {
						var response = client.send(HttpRequest.newBuilder(URI.create(urls.get(i[0]++ % 4)))
							.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200) {
							throw new IllegalStateException("ledger answered " + response.statusCode() + ": " + response.body());
						}
					});
			print("");
			print("## The ledger page over HTTP (the jar on 127.0.0.1:" + PORT + ", bearer token of the administrator)");
			print("");
			print(Timings.header());
			print(ledgerTimings.row(null));
			print(sequential.row(ledgerTimings));
			print(oneConnection(token, urls));
			print("");
			print("wrk -t2 -c8 -d" + WRK_SECONDS + "s --latency, the unfiltered page (" + base + "):");
			print("```");
			var wrk = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + WRK_SECONDS + "s", "--latency", "-H",
					"Authorization: Bearer " + token, base).redirectErrorStream(true).start();
			try (var out = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
				out.lines().forEach(this::print);
			}
			wrk.waitFor();
			print("```");
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * The same four pages in turn from wrk on one kept-alive connection: the server's time with a
	 * client that adds almost nothing (Java's HttpClient adds a few milliseconds per call here).
	 * A wrk script reports p50, p95, p99, the mean (in microseconds) and the number of requests.
	 */
	private String oneConnection(String token, List<String> urls) throws Exception {
		var script = Path.of("target", "bench-one-connection.lua");
		Files.writeString(script, """
				local paths = {}
				local n = 0
				function init(args) for i, a in ipairs(args) do paths[i] = a end end
				function request()
				  n = n + 1
				  return wrk.format("GET", paths[(n - 1) %% #paths + 1], { ["Authorization"] = "Bearer %s" })
				end
				function done(summary, latency, requests)
				  io.write(string.format("one-connection %%d %%d %%d %%d %%d %%d\\n", latency:percentile(50),
				    latency:percentile(95), latency:percentile(99), math.floor(latency.mean), summary.requests,
				    summary.duration))
				end
				""".formatted(token));
		var command = new ArrayList<>(List.of("wrk", "-t1", "-c1", "-d" + WRK_SECONDS + "s", "-s", script.toString(),
				urls.get(0), "--"));
		urls.forEach(url -> command.add(url.substring(url.indexOf("/api/"))));
		var wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String line;
		try (var out = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
			line = out.lines().filter(l -> l.startsWith("one-connection ")).findFirst().orElse("");
		}
		wrk.waitFor();
		if (line.isEmpty()) {
			return "| wrk on one connection: no figures (is wrk installed?) | | | | | | | |";
		}
		var f = line.split(" ");
		return Timings.row("ledger page over HTTP, wrk on one kept-alive connection, same four shapes",
				Long.parseLong(f[5]), Long.parseLong(f[1]) / 1e3, Long.parseLong(f[2]) / 1e3, Long.parseLong(f[3]) / 1e3,
				Long.parseLong(f[4]) / 1e3, Long.parseLong(f[5]) / (Long.parseLong(f[6]) / 1e6), ledgerTimings);
	}

	private String login(HttpClient client) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					var body = response.body();
					int start = body.indexOf("\"token\":\"") + 9;
					return body.substring(start, body.indexOf('"', start));
				}
				// the first administrator is created just after the port opens
				Thread.sleep(1000);
			}
			catch (java.net.ConnectException starting) {
				Thread.sleep(1000);
			}
		}
		throw new IllegalStateException("the server did not start or refused the login; see target/bench-server.log");
	}

	private void explain(Connection jdbc, String sql) throws SQLException {
		try (var rows = jdbc.createStatement().executeQuery("explain (analyze, buffers off) " + sql)) {
			int n = 0;
			while (rows.next() && n++ < 14) {
				print(rows.getString(1));
			}
		}
	}

	private static long count(Connection jdbc, String sql) throws SQLException {
		try (var rows = jdbc.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String one(Connection jdbc, String sql) throws SQLException {
		try (var rows = jdbc.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static long memory() throws Exception {
		for (var line : Files.readAllLines(Path.of("/proc/meminfo"))) {
			if (line.startsWith("MemTotal:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024;
			}
		}
		return 0;
	}

	private void print(String line) {
		System.out.println(line);
		report.append(line).append('\n');
	}
}
