package org.zhenggai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.zhenggai.support.Api;
import org.zhenggai.support.LedgerFixture;

/**
 * scripts/backup.sh and scripts/restore.sh on the embedded default, as an operator runs them:
 * back up, wipe the data folder, restore, and find the ledger and its evidence again. The scripts
 * work on the embedded database's files, so this runs in the H2 pass of the suite.
 */
class BackupScriptsIT {

	@TempDir
	Path dataDir;

	@TempDir
	Path backups;

	@Test
	void aBackupOfTheEmbeddedDefaultBringsTheDataBackAfterTheFolderIsWiped() throws Exception {
		long roundId;
		long evidenceId;
		try (var server = start()) {
			var api = Api.asAdmin(port(server));
			var fixture = LedgerFixture.create(api);
			roundId = fixture.roundId;
			long measureId = fixture.measure("规范公务接待管理", fixture.officeId, 20);
			evidenceId = api.postProgressWithFiles(measureId, Map.of("text", "备份之前的进展", "phrase", "IN_PROGRESS"),
					Map.of("接待清单.txt", "备份之前".getBytes(StandardCharsets.UTF_8))).json().get("evidence").get(0).get("id").asLong();

			var whileRunning = run("scripts/backup.sh", backups.toString());
			assertThat(whileRunning.exitCode()).as(whileRunning.output()).isEqualTo(3);
			assertThat(whileRunning.output()).contains("stop it first");
		}

		var backup = run("scripts/backup.sh", backups.toString());
		assertThat(backup.exitCode()).as(backup.output()).isZero();
		String[] lines = backup.output().strip().split("\n");
		Path archive = Path.of(lines[lines.length - 1]);
		assertThat(archive).exists();

		FileSystemUtils.deleteRecursively(dataDir.resolve("db"));
		FileSystemUtils.deleteRecursively(dataDir.resolve("files"));
		assertThat(dataDir).isEmptyDirectory();

		var restore = run("scripts/restore.sh", archive.toString());
		assertThat(restore.exitCode()).as(restore.output()).isZero();

		try (var server = start()) {
			var api = Api.asAdmin(port(server));
			var ledger = api.get("/api/v1/rounds/{id}/ledger", roundId).json().get("content");
			assertThat(ledger.get(0).get("progressText").asString()).isEqualTo("备份之前的进展");
			assertThat(new String(api.get("/api/v1/evidence/{id}", evidenceId).body(), StandardCharsets.UTF_8))
				.isEqualTo("备份之前");
		}
	}

	@Test
	void restoreRefusesAnArchiveThatIsNotABackup() throws Exception {
		Path notABackup = backups.resolve("other.tar.gz");
		var made = new ProcessBuilder("tar", "-czf", notABackup.toString(), "-C", dataDir.toString(), ".")
			.redirectErrorStream(true).start();
		assertThat(made.waitFor(30, TimeUnit.SECONDS)).isTrue();

		var restore = run("scripts/restore.sh", notABackup.toString());

		assertThat(restore.exitCode()).isEqualTo(2);
		assertThat(restore.output()).contains("not a Zhenggai backup");
	}

	/** The embedded default: an H2 file database under the data folder. */
	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ZhenggaiApplication.class).profiles("it")
			.run("--server.port=0", "--zhenggai.data-dir=" + dataDir, "--zhenggai.demo=false");
	}

	private Outcome run(String script, String... args) throws Exception {
		var command = new ArrayList<>(List.of("bash", script));
		command.addAll(List.of(args));
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("ZHENGGAI_DATA_DIR", dataDir.toString());
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		var process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script finishes").isTrue();
		return new Outcome(process.exitValue(), output);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private record Outcome(int exitCode, String output) {
	}
}
