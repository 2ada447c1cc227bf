package org.zhenggai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhenggai.support.Api;
import org.zhenggai.support.CleanDatabaseOnce;
import org.zhenggai.support.LedgerFixture;
import org.zhenggai.support.TestDatabase;

/** What was stored is there after the server stops and starts again, and the demo is made once. */
class RestartIT {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestart() throws Exception {
		long roundsBefore;
		long evidenceId;
		LedgerFixture fixture;
		try (var first = start()) {
			var api = Api.asAdmin(port(first));
			fixture = LedgerFixture.create(api);
			long measureId = fixture.measure("修订议事规则", fixture.officeId, 10);
			evidenceId = api.postProgressWithFiles(measureId, Map.of("text", "重启前的进展", "phrase", "IN_PROGRESS"),
					Map.of("纪要.txt", "重启前".getBytes(StandardCharsets.UTF_8))).json().get("evidence").get(0).get("id").asLong();
			roundsBefore = api.get("/api/v1/rounds").json().size();
		}
		try (var second = start()) {
			var api = Api.asAdmin(port(second));

			assertThat(api.get("/api/v1/rounds").json().size()).as("demo made at most once").isEqualTo(roundsBefore);
			assertThat(api.get("/api/v1/rounds/{id}", fixture.roundId).json().get("name").asString()).startsWith("测试第");
			var ledger = api.get("/api/v1/rounds/{id}/ledger", fixture.roundId).json().get("content");
			assertThat(ledger.get(0).get("progressText").asString()).isEqualTo("重启前的进展");
			assertThat(new String(api.get("/api/v1/evidence/{id}", evidenceId).body(), StandardCharsets.UTF_8))
				.isEqualTo("重启前");
		}
		if (TestDatabase.current().equals("h2")) {
			assertThat(Files.list(dataDir.resolve("db"))).isNotEmpty();
		}
	}

	/** The embedded default on H2 keeps its database under the data folder; on PostgreSQL the test schema. */
	private ConfigurableApplicationContext start() {
		var args = new ArrayList<>(List.of("--server.port=0", "--zhenggai.data-dir=" + dataDir, "--zhenggai.demo=true",
				"--zhenggai.admin-password=" + Api.ADMIN_PASSWORD));
		String profiles = "it";
		if (TestDatabase.current().equals("postgres")) {
			profiles += ",it-postgres";
		}
		return new SpringApplicationBuilder(ZhenggaiApplication.class, CleanDatabaseOnce.class)
			.profiles(profiles.split(","))
			.run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}
}
