package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.FormSession;

/** Five wrong passwords lock an account for fifteen minutes, on a clock the test moves. */
@Import(LockoutIT.MovableClock.class)
class LockoutIT extends IntegrationTest {

	@Autowired
	MovableClock.Hands clock;

	@Test
	void fiveWrongPasswordsLockTheAccountUntilFifteenMinutesLater() {
		var f = fixture();
		f.account("OFFICE", null, null);
		String username = f.api.get("/api/v1/units/{id}/accounts", f.unitId).json().get(0).get("username").asString();
		var anonymous = Api.at(port);

		for (int i = 0; i < 5; i++) {
			assertThat(anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", "wrong")).status())
				.isEqualTo(401);
		}
		var locked = anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", "Pass#word2026"));

		assertThat(locked.status()).isEqualTo(423);
		assertThat(locked.json().get("detail").asString()).contains("已锁定").contains(locked.json().get("lockedUntil").asString());

		clock.advance(Duration.ofMinutes(16));
		var afterwards = anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", "Pass#word2026"));
		assertThat(afterwards.status()).isEqualTo(200);
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		var f = fixture();
		f.account("OFFICE", null, null);
		String username = f.api.get("/api/v1/units/{id}/accounts", f.unitId).json().get(0).get("username").asString();
		var anonymous = Api.at(port);

		for (int i = 0; i < 4; i++) {
			anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", "wrong"));
		}
		assertThat(anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", "Pass#word2026")).status())
			.isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", "wrong"));
		}

		assertThat(anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", "Pass#word2026")).status())
			.isEqualTo(200);
	}

	@Test
	void theLoginPageSaysTheAccountIsLockedAndUntilWhen() {
		var f = fixture();
		f.account("OFFICE", null, null);
		String username = f.api.get("/api/v1/units/{id}/accounts", f.unitId).json().get(0).get("username").asString();
		var until = clock.instant().plus(Duration.ofMinutes(15)).atZone(ZoneId.of("Asia/Shanghai")).toLocalTime().withNano(0);

		for (int i = 0; i < 5; i++) {
			assertThat(formLogin(username, "wrong")).endsWith("/login?error");
		}
		String locked = formLogin(username, "Pass#word2026");

		assertThat(locked).endsWith("/login?locked=" + until);
		assertThat(FormSession.anonymous(port).get(locked.substring(locked.indexOf("/login"))).body())
			.contains("账号已锁定").contains(until.toString());
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(formLogin(username, "Pass#word2026")).doesNotContain("/login");
	}

	private String formLogin(String username, String password) {
		var session = FormSession.anonymous(port);
		session.get("/login");
		return session.post("/login", Map.of("username", username, "password", password)).headers().firstValue("Location")
			.orElseThrow();
	}

	/** A clock the test can move forward; everything that asks the time asks it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		Hands movableClock() {
			return new Hands(Instant.now());
		}

		static class Hands extends Clock {

			private volatile Instant now;

			Hands(Instant now) {
				this.now = now;
			}

			void advance(Duration duration) {
				now = now.plus(duration);
			}

			@Override
			public ZoneId getZone() {
				return ZoneId.of("Asia/Shanghai");
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now;
			}
		}
	}
}
