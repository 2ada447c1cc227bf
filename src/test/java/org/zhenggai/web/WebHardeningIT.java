package org.zhenggai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;
import org.zhenggai.support.FormSession;

/**
 * What every answer does to protect the person reading it: security headers on pages, API and
 * errors; forms that only the application's own pages can post; text shown as text; failures
 * explained without their insides; no password or token in the log.
 */
@Import({ WebHardeningIT.FailingApi.class, WebHardeningIT.FailingPage.class })
@ExtendWith(OutputCaptureExtension.class)
class WebHardeningIT extends IntegrationTest {

	private static final String SECRET_FAILURE = "internal detail 7f3a of the failure";

	@Test
	void pagesCarryTheSecurityHeaders() {
		var session = FormSession.logIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);

		for (var response : List.of(FormSession.anonymous(port).get("/login"), session.get("/admin/units"),
				session.get("/rounds/999999999"))) {
			var headers = response.headers();
			assertThat(header(headers, "Content-Security-Policy")).contains("script-src 'self';")
				.contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-eval");
			assertCommonHeaders(headers);
		}
	}

	@Test
	void theApiAndItsErrorsCarryTheSecurityHeaders() {
		var admin = admin();
		for (var response : List.of(admin.get("/api/v1/units"), admin.get("/api/v1/rounds/999999999"),
				Api.at(port).get("/api/v1/units"), Api.at(port).post("/api/v1/auth/token", Map.of("username", "x", "password", "y")))) {
			var headers = response.headers();
			assertThat(headers.getFirst("Content-Security-Policy")).as(response.toString())
				.isEqualTo("default-src 'none'; frame-ancestors 'none'");
			assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
			assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			// HSTS only over HTTPS, where a browser heeds it
			assertThat(headers.getFirst("Strict-Transport-Security")).isNull();
		}
	}

	@Test
	void noPageUsesAnInlineScriptTheSecurityPolicyWouldBlock() {
		var f = fixture();
		var session = FormSession.logIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);

		for (String page : List.of("/rounds", "/rounds/" + f.roundId, "/rounds/" + f.roundId + "/ledger",
				"/rounds/" + f.roundId + "/ledger/print", "/problems/" + f.problemId, "/admin/units", "/account/password")) {
			String body = session.get(page).body();
			assertThat(body).as(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=\"")
				.doesNotContain("javascript:");
		}
	}

	@Test
	void aFormPostedWithoutItsTokenIsRefused() {
		var session = FormSession.logIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
		session.get("/admin/units");
		String name = "跨站请求单位" + UUID.randomUUID().toString().substring(0, 8);

		var forged = session.postWithoutToken("/admin/units", Map.of("name", name));
		var forgedLogin = FormSession.anonymous(port).postWithoutToken("/login",
				Map.of("username", Api.ADMIN, "password", Api.ADMIN_PASSWORD));
		var genuine = session.post("/admin/units", Map.of("name", name + "甲"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forgedLogin.statusCode()).isEqualTo(403);
		assertThat(admin().get("/api/v1/units").toString()).doesNotContain("\"" + name + "\"").contains(name + "甲");
		assertThat(genuine.statusCode()).isEqualTo(302);
	}

	@Test
	void aScriptTypedIntoAProblemIsShownAsTextOnThePages() {
		var f = fixture();
		String title = "<script>alert('整改')</script><img src=x onerror=alert(1)>会议记录问题";
		long problem = f.api.post("/api/v1/categories/{id}/problems", Map.of("title", title, "leadDepartmentId", f.officeId,
				"manifestations", List.of("<b>表现</b>")), f.categoryId).id();
		f.measure("<script>document.cookie</script>整改措施", f.teachingId, 30);
		var session = FormSession.logIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);

		for (String page : List.of("/problems/" + problem, "/rounds/" + f.roundId + "/ledger", "/rounds/" + f.roundId + "/setup")) {
			String body = session.get(page).body();
			assertThat(body).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
				.doesNotContain("<script>document.cookie").doesNotContain("<b>表现");
		}
		assertThat(session.get("/problems/" + problem).body()).contains("&lt;script&gt;alert(&#39;整改&#39;)&lt;/script&gt;");
	}

	@Test
	void anUnexpectedFailureIsExplainedWithoutItsInsides() {
		var api = admin().get("/api/v1/test-failure");
		var page = FormSession.logIn(port, Api.ADMIN, Api.ADMIN_PASSWORD).get("/test-failure");

		assertThat(api.status()).isEqualTo(500);
		assertThat(api.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(api.json().get("detail").asString()).contains("编号 " + api.json().get("reference").asString());
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("出错了");
		for (String body : List.of(api.toString(), page.body())) {
			assertThat(body).doesNotContain(SECRET_FAILURE).doesNotContain("IllegalStateException")
				.doesNotContain("at org.zhenggai");
		}
	}

	@Test
	void noPasswordOrTokenReachesTheLogEvenWhenDebugging(CapturedOutput output) {
		var logging = LoggingSystem.get(getClass().getClassLoader());
		// the server's side only: the test's own HTTP client logs what it sends, passwords included
		var loggers = List.of("org.springframework.web.servlet", "org.springframework.web.method", "org.springframework.web.filter",
				"org.springframework.security", "org.zhenggai", "org.apache.catalina");
		loggers.forEach(name -> logging.setLogLevel(name, LogLevel.DEBUG));
		var secrets = new java.util.ArrayList<String>();
		try {
			var f = fixture();
			String username = "log-" + UUID.randomUUID().toString().substring(0, 8);
			var body = new HashMap<String, Object>(Map.of("username", username, "displayName", username, "role", "OFFICE",
					"password", "Logged#Never2026"));
			LedgerFixture.createAccount(f.api, f.unitId, body);
			var owner = Api.as(port, username, "Logged#Never2026");
			owner.get("/api/v1/rounds/{id}", f.roundId);
			owner.get("/api/v1/account/tokens");
			Api.at(port).post("/api/v1/auth/token", Map.of("username", username, "password", "Wrong#Guess2026"));
			FormSession.logIn(port, Api.ADMIN, Api.ADMIN_PASSWORD).get("/rounds");
			FormSession.anonymous(port).post("/login", Map.of("username", Api.ADMIN, "password", "Wrong#Admin2026"));
			owner.delete("/api/v1/auth/token");
			secrets.addAll(List.of("Logged#Never2026", LedgerFixture.FIRST_PASSWORD, "Wrong#Guess2026", Api.ADMIN_PASSWORD,
					"Wrong#Admin2026", owner.token(), f.api.token()));
		}
		finally {
			loggers.forEach(name -> logging.setLogLevel(name, null));
		}

		assertThat(output.getAll()).contains("Securing POST /api/v1/auth/token");
		for (String secret : secrets) {
			assertThat(output.getAll()).as("the log").doesNotContain(secret);
		}
	}

	private static void assertCommonHeaders(HttpHeaders headers) {
		assertThat(header(headers, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(headers, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(headers, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
	}

	private static String header(HttpHeaders headers, String name) {
		return headers.firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
	}

	/** Fails the way a bug would, with a message that must stay in the server. */
	@RestController
	static class FailingApi {

		@Performs(Action.OWN_ACCOUNT)
		@GetMapping("/api/v1/test-failure")
		String fail() {
			throw new IllegalStateException(SECRET_FAILURE);
		}
	}

	@Controller
	static class FailingPage {

		@Performs(Action.OWN_ACCOUNT)
		@GetMapping("/test-failure")
		String fail() {
			throw new IllegalStateException(SECRET_FAILURE);
		}
	}
}
