package org.zhenggai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.zhenggai.support.Api;
import org.zhenggai.support.LedgerFixture;

import tools.jackson.databind.json.JsonMapper;

/** The packaged jar's sub-commands, run as an operator would run them. */
class JarIT {

	private static final Path JAR = Path.of("target", "zhenggai.jar");
	private static final Path REPORT = Path.of("..", "shared", "reference-reports", "002_c1a0f492ae13c4e0.txt");

	@Test
	void ingestPrintsTheStructureOfAReportAsJson() throws Exception {
		var result = run("ingest", REPORT.toString(), "--json");

		assertThat(result.exitCode()).as(result.err()).isZero();
		var json = JsonMapper.builder().build().readTree(result.out());
		assertThat(json.get("declaredProblemCount").asInt()).isEqualTo(8);
		assertThat(json.get("categories").size()).isEqualTo(3);
		assertThat(json.get("categories").get(0).get("problems").get(0).get("progress").asString())
			.isEqualTo("COMPLETED_ONGOING");
		assertThat(json.has("warnings")).isTrue();
	}

	@Test
	void ingestRefusesAFileThatIsNotADocument() throws Exception {
		Path program = Files.createTempFile("not-a-report", ".docx");
		Files.write(program, new byte[] { 'M', 'Z', 0, 0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0 });

		var result = run("ingest", program.toString(), "--json");

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("not-a-report");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void auditVerifyNamesTheFirstRecordEditedInTheDatabase(@TempDir Path dataDir) throws Exception {
		try (var server = new SpringApplicationBuilder(ZhenggaiApplication.class).profiles("it")
			.run("--server.port=0", "--zhenggai.data-dir=" + dataDir, "--zhenggai.demo=false")) {
			var api = Api.asAdmin(((WebServerApplicationContext) server).getWebServer().getPort());
			LedgerFixture.create(api).measure("修订议事规则", 1L, 10);
		}
		var intact = runIn(dataDir, "audit", "verify");
		assertThat(intact.exitCode()).as(intact.out() + intact.err()).isZero();
		assertThat(intact.out()).contains("审计记录完整");

		String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("zhenggai") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		long edited;
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var statement = connection.createStatement()) {
			var max = statement.executeQuery("select max(id) - 2 from audit_record");
			max.next();
			edited = max.getLong(1);
			statement.executeUpdate("update audit_record set actor = 'someone-else' where id = " + edited);
		}

		var broken = runIn(dataDir, "audit", "verify");

		assertThat(broken.exitCode()).isEqualTo(1);
		assertThat(broken.out()).contains("记录 " + edited);
	}

	private static Outcome runIn(Path dataDir, String... args) throws Exception {
		return run(Map.of("ZHENGGAI_DATA_DIR", dataDir.toString()), args);
	}

	private static Outcome run(String... args) throws Exception {
		return run(Map.of(), args);
	}

	private static Outcome run(Map<String, String> environment, String... args) throws Exception {
		var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("jar-out", ".txt");
		Path err = Files.createTempFile("jar-err", ".txt");
		var builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().putAll(environment);
		var process = builder.start();
		// A generous bound: the command starts a whole application context, on a machine that may be busy.
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command finishes").isTrue();
		return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Outcome(int exitCode, String out, String err) {
	}
}
