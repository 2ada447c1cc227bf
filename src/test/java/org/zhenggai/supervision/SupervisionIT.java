package org.zhenggai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

/**
 * The warning scan against fixed dates, supervision notices escalating, and notifications arriving
 * in the application, at a local SMTP server and at a local webhook receiver.
 */
class SupervisionIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	/** Started before the application, which reads its port while starting. */
	static final GreenMail mail = smtp();

	static final List<String> webhookBodies = new CopyOnWriteArrayList<>();
	static final HttpServer webhook = receiver();

	@DynamicPropertySource
	static void notificationChannels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("zhenggai.notifications.webhook-url",
				() -> "http://127.0.0.1:" + webhook.getAddress().getPort() + "/robot");
	}

	@AfterAll
	static void stopReceivers() {
		webhook.stop(0);
		mail.stop();
	}

	@Autowired
	WarningScan scan;

	@Autowired
	SupervisionService supervision;

	@Test
	void aMeasureTurnsYellowAtEachThresholdAndRedWhenLateEachOnce() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 15);
		var department = f.account("DEPARTMENT", f.officeId, null);

		scan.scan(TODAY);
		scan.scan(TODAY);
		assertThat(levels(f)).containsExactly("YELLOW/20");

		scan.scan(TODAY.plusDays(6));
		assertThat(levels(f)).containsExactly("YELLOW/10", "YELLOW/20");

		scan.scan(TODAY.plusDays(16));
		assertThat(levels(f)).containsExactly("RED/0", "YELLOW/10", "YELLOW/20");
		var notifications = department.get("/api/v1/notifications").json();
		assertThat(notifications.size()).isEqualTo(3);
		assertThat(notifications.get(0).get("kind").asString()).isEqualTo("WARNING_RED");
		assertThat(notifications.get(0).get("measureId").asLong()).isEqualTo(measureId);
	}

	@Test
	void aCompletedMeasureIsNotWarned() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, -2);
		f.api.post("/api/v1/measures/{id}/progress", Map.of("text", "已完成", "phrase", "COMPLETED"), measureId);

		scan.scan(TODAY);

		assertThat(levels(f)).isEmpty();
	}

	@Test
	void aWarningIsSentByMailAndToTheWebhook() throws Exception {
		var f = fixture();
		long departmentId = f.api.post("/api/v1/units/{id}/departments",
				Map.of("name", "安全管理科", "email", "aqk@example.org"), f.unitId).id();
		f.measure("校车安全排查", departmentId, -1);

		scan.scan(TODAY);

		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		var message = mail.getReceivedMessagesForDomain("example.org")[0];
		assertThat(message.getSubject()).isEqualTo("【整改提醒】整改措施逾期");
		assertThat(message.getContent().toString()).contains("校车安全排查");
		assertThat(webhookBodies).anySatisfy(body -> assertThat(body).contains("\"msgtype\":\"text\"")
			.contains("校车安全排查").contains("WARNING_RED"));
	}

	@Test
	void anUnansweredNoticeEscalatesToTheResponsibleLeader() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		var department = f.account("DEPARTMENT", f.officeId, null);
		var leader = f.account("LEADER", null, f.leaderId);
		long measureId = f.measure("修订议事规则", f.officeId, -5);

		long answered = office.post("/api/v1/measures/{id}/notices",
				Map.of("demand", "请说明逾期原因", "replyDeadline", TODAY.plusDays(2).toString()), measureId).id();
		long ignored = office.post("/api/v1/measures/{id}/notices",
				Map.of("demand", "请三日内报送整改计划", "replyDeadline", TODAY.plusDays(3).toString()), measureId).id();
		assertThat(department.post("/api/v1/notices/{id}/reply", Map.of("text", "已于本周召开专题会"), answered).status())
			.isEqualTo(200);

		supervision.escalateUnanswered(TODAY.plusDays(4));

		var notices = f.api.get("/api/v1/measures/{id}/notices", measureId).json();
		assertThat(notices.valueStream().map(n -> n.get("id").asLong() + "/" + n.get("status").asString()))
			.containsExactly(ignored + "/ESCALATED", answered + "/REPLIED");
		assertThat(leader.get("/api/v1/notifications").json().get(0).get("kind").asString()).isEqualTo("NOTICE_ESCALATED");
		assertThat(office.post("/api/v1/notices/{id}/close", Map.of(), answered).status()).isEqualTo(200);
		var late = department.post("/api/v1/notices/{id}/reply", Map.of("text", "补充说明"), answered);
		assertThat(late.status()).as("replying to a closed notice").isEqualTo(409);
		assertThat(department.post("/api/v1/measures/{id}/notices",
				Map.of("demand", "自己督办自己", "replyDeadline", TODAY.plusDays(2).toString()), measureId).status())
			.isEqualTo(403);
	}

	@Test
	void aReturnedClosureReachesTheDepartmentWithItsReason() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		var department = f.account("DEPARTMENT", f.officeId, null);
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		department.postProgressWithFiles(measureId, Map.of("text", "已印发", "phrase", "COMPLETED"),
				Map.of("规则.txt", "第一条".getBytes(StandardCharsets.UTF_8)));
		long request = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "已印发"), measureId).id();

		office.post("/api/v1/closures/{id}/review", Map.of("approve", false, "reason", "缺少会议纪要", "version", 0), request);

		var latest = department.get("/api/v1/notifications").json().get(0);
		assertThat(latest.get("kind").asString()).isEqualTo("CLOSURE_RETURNED");
		assertThat(latest.get("text").asString()).contains("缺少会议纪要");
	}

	private List<String> levels(LedgerFixture f) {
		return f.api.get("/api/v1/rounds/{id}/warnings", f.roundId).json().valueStream()
			.map(w -> w.get("level").asString() + "/" + w.get("thresholdDays").asInt())
			.sorted()
			.toList();
	}

	private static GreenMail smtp() {
		var server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

	private static HttpServer receiver() {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/robot", exchange -> {
				webhookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
