package org.zhenggai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhenggai.support.Api;
import org.zhenggai.support.CleanDatabaseOnce;
import org.zhenggai.support.LedgerFixture;
import org.zhenggai.support.LocalS3Server;
import org.zhenggai.support.TestDatabase;
import org.zhenggai.support.FormSession;

/**
 * Two nodes on two ports against one database (the run's PostgreSQL schema, or the shared
 * in-memory H2), each with a data folder of its own and evidence in one S3-compatible bucket:
 * whatever a person did on one node holds on the other.
 */
class NodesIT {

	private static final String BUCKET = "zhenggai-nodes";
	private static final String IDLE_TIMEOUT = "10s";

	static LocalS3Server s3;
	static ConfigurableApplicationContext first;
	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodes(@TempDir Path firstData, @TempDir Path secondData) {
		s3 = LocalS3Server.withBucket(BUCKET);
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		String evidenceKey = Base64.getEncoder().encodeToString(key);
		first = start(firstData, evidenceKey);
		second = start(secondData, evidenceKey);
	}

	@AfterAll
	static void stopNodes() {
		for (var node : new ConfigurableApplicationContext[] { first, second }) {
			if (node != null) {
				node.close();
			}
		}
		s3.close();
	}

	@Test
	void aLoginOnOneNodeIsValidOnTheOtherAndEndsOnBothAfterTheIdleTimeout() throws Exception {
		var person = FormSession.logIn(port(first), Api.ADMIN, Api.ADMIN_PASSWORD);

		assertThat(person.at(port(second)).loggedIn()).as("the first node's session cookie on the second node").isTrue();
		assertThat(person.loggedIn()).isTrue();
		assertThat(JdbcClient.create(first.getBean(javax.sql.DataSource.class))
			.sql("select count(*) from spring_session where principal_name = 'admin'").query(Long.class).single())
			.isPositive();

		Thread.sleep(java.time.Duration.parse("PT" + IDLE_TIMEOUT.toUpperCase()).plusSeconds(2).toMillis());

		assertThat(person.at(port(second)).loggedIn()).as("after the idle timeout").isFalse();
		assertThat(FormSession.logIn(port(second), Api.ADMIN, Api.ADMIN_PASSWORD).at(port(first)).loggedIn()).isTrue();
	}

	@Test
	void aLogoutOnOneNodeEndsTheSessionOnTheOther() {
		var person = FormSession.logIn(port(second), Api.ADMIN, Api.ADMIN_PASSWORD);
		assertThat(person.at(port(first)).loggedIn()).isTrue();

		assertThat(person.at(port(first)).logOut().statusCode()).isEqualTo(302);

		assertThat(person.loggedIn()).isFalse();
	}

	@Test
	void theDailyScanRunsOnOneNodeWhenBothTryAtTheSameTime() throws Exception {
		var fixture = LedgerFixture.create(Api.asAdmin(port(first)));
		fixture.measure("清理违规发放的津补贴", fixture.officeId, 5);
		var barrier = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var runs = new ArrayList<Future<Object>>();
			for (var node : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					return dailyScan(node);
				}));
			}
			var results = new ArrayList<Object>();
			for (var run : runs) {
				results.add(run.get(60, TimeUnit.SECONDS));
			}

			assertThat(results.stream().filter(Objects::nonNull)).as("runs that did the scan").hasSize(1);
			var jdbc = JdbcClient.create(first.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.sql("select count(*) from shedlock where name = 'daily-supervision' and lock_until > locked_at")
				.query(Long.class).single()).isOne();

			// Later the same morning, the other node's clock reaches the hour: the run is done, it skips it.
			assertThat(dailyScan(second)).isNull();
			jdbc.sql("delete from shedlock where name = 'daily-supervision'").update();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void evidenceStoredThroughOneNodeIsServedByTheOtherAndIsEncryptedInTheBucket() {
		var onFirst = Api.asAdmin(port(first));
		var fixture = LedgerFixture.create(onFirst);
		long measureId = fixture.measure("完善选人用人制度", fixture.officeId, 30);
		byte[] minutes = "党委会会议纪要（第 12 次）".getBytes(StandardCharsets.UTF_8);

		var report = onFirst.postProgressWithFiles(measureId, Map.of("text", "已召开党委会研究", "phrase", "IN_PROGRESS"),
				Map.of("纪要.txt", minutes));
		assertThat(report.status()).as(report.toString()).isEqualTo(201);
		long evidenceId = report.json().get("evidence").get(0).get("id").asLong();

		var download = Api.asAdmin(port(second)).get("/api/v1/evidence/{id}", evidenceId);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(minutes);

		var objects = s3.client().listObjectsV2(list -> list.bucket(BUCKET)).contents();
		assertThat(objects).isNotEmpty();
		for (var object : objects) {
			String raw = s3.client().getObjectAsBytes(get -> get.bucket(BUCKET).key(object.key()))
				.asString(StandardCharsets.ISO_8859_1);
			assertThat(raw).startsWith("ZGEVC").contains("AES-GCM");
		}
	}

	@Test
	void evidenceChangedInTheBucketIsRefusedWithAClearErrorOnBothNodes() {
		var api = Api.asAdmin(port(first));
		var fixture = LedgerFixture.create(api);
		long measureId = fixture.measure("整改公车私用问题", fixture.officeId, 30);
		long evidenceId = api.postProgressWithFiles(measureId, Map.of("text", "已收回车辆", "phrase", "IN_PROGRESS"),
				Map.of("车辆清单.txt", "收回车辆 3 台".getBytes(StandardCharsets.UTF_8))).json().get("evidence").get(0).get("id").asLong();
		String objectKey = JdbcClient.create(first.getBean(javax.sql.DataSource.class))
			.sql("select storage_key from evidence where id = :id").param("id", evidenceId).query(String.class).single();
		byte[] stored = s3.client().getObjectAsBytes(get -> get.bucket(BUCKET).key(objectKey)).asByteArray();
		stored[stored.length - 3] ^= 0x20;
		s3.client().putObject(put -> put.bucket(BUCKET).key(objectKey),
				software.amazon.awssdk.core.sync.RequestBody.fromBytes(stored));

		var refused = Api.asAdmin(port(second)).get("/api/v1/evidence/{id}", evidenceId);

		assertThat(refused.status()).isEqualTo(500);
		assertThat(refused.json().get("detail").asString()).contains("车辆清单.txt").contains("无法完整读出");
		var page = FormSession.logIn(port(first), Api.ADMIN, Api.ADMIN_PASSWORD).get("/evidence/" + evidenceId);
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("车辆清单.txt").contains("无法完整读出").doesNotContain("收回车辆");
	}

	private static ConfigurableApplicationContext start(Path dataDir, String evidenceKey) {
		var args = new ArrayList<>(List.of("--server.port=0", "--zhenggai.data-dir=" + dataDir,
				"--zhenggai.session.timeout=" + IDLE_TIMEOUT, "--zhenggai.evidence.key=" + evidenceKey,
				"--zhenggai.admin-password=" + Api.ADMIN_PASSWORD));
		for (String property : s3.properties(BUCKET)) {
			args.add("--" + property);
		}
		String[] profiles = TestDatabase.current().equals("postgres") ? new String[] { "it", "it-postgres" }
				: new String[] { "it", "it-h2" };
		return new SpringApplicationBuilder(ZhenggaiApplication.class, CleanDatabaseOnce.class).profiles(profiles)
			.run(args.toArray(String[]::new));
	}

	/** What the scheduler calls each morning, called on one node: the scan's result, or null when it skipped. */
	private static Object dailyScan(ConfigurableApplicationContext node) throws ReflectiveOperationException {
		Object job = node.getBean("dailySupervision");
		var method = job.getClass().getMethod("everyMorning");
		method.setAccessible(true);
		return method.invoke(job);
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}
}
