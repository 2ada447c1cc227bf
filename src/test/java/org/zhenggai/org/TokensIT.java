package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/** API tokens: good for their lifetime on the application's clock, listed and revoked by their owner. */
@Import(LockoutIT.MovableClock.class)
class TokensIT extends IntegrationTest {

	private static final String PASSWORD = "Token#Pass2026";

	@Autowired
	LockoutIT.MovableClock.Hands clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenIsGoodForEightHoursAndNoLonger() {
		var f = fixture();
		var owner = Api.as(port, account(f, "OFFICE"), PASSWORD);
		assertThat(owner.get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(200);

		clock.advance(Duration.ofHours(8).minusMinutes(1));
		assertThat(owner.get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(2));
		var expired = owner.get("/api/v1/rounds/{id}", f.roundId);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.json().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void theOwnerListsTheirTokensAndRevokesOne() {
		var f = fixture();
		String username = account(f, "OFFICE");
		var laptop = Api.as(port, username, PASSWORD);
		var phone = Api.as(port, username, PASSWORD);

		var listed = laptop.get("/api/v1/account/tokens").json();
		assertThat(listed.size()).isEqualTo(2);
		assertThat(listed.valueStream().filter(t -> t.get("current").asBoolean()).count()).isEqualTo(1);
		assertThat(listed.toString()).doesNotContain(laptop.token()).doesNotContain(phone.token());
		long phoneToken = listed.valueStream().filter(t -> !t.get("current").asBoolean()).findFirst().orElseThrow()
			.get("id").asLong();

		var stranger = Api.as(port, account(f, "OFFICE"), PASSWORD);
		assertThat(stranger.delete("/api/v1/account/tokens/{id}", phoneToken).status()).isEqualTo(404);
		assertThat(laptop.delete("/api/v1/account/tokens/{id}", phoneToken).status()).isEqualTo(204);

		assertThat(phone.get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(401);
		assertThat(laptop.get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(200);
		assertThat(laptop.get("/api/v1/account/tokens").json().size()).isEqualTo(1);
	}

	@Test
	void theAdministratorRevokesEveryTokenOfAnAccount() {
		var f = fixture();
		String username = account(f, "DEPARTMENT");
		var first = Api.as(port, username, PASSWORD);
		var second = Api.as(port, username, PASSWORD);
		var office = Api.as(port, account(f, "OFFICE"), PASSWORD);

		assertThat(office.delete("/api/v1/accounts/{username}/tokens", username).status()).isEqualTo(403);
		var revoked = admin().delete("/api/v1/accounts/{username}/tokens", username);

		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().get("revoked").asInt()).isEqualTo(2);
		assertThat(first.get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(401);
		assertThat(second.get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(401);
		assertThat(Api.as(port, username, PASSWORD).get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(200);
	}

	@Test
	void aTokenIsStoredOnlyAsItsHashAndNeverInTheTrail() {
		var f = fixture();
		var owner = Api.as(port, account(f, "OFFICE"), PASSWORD);
		owner.delete("/api/v1/auth/token");

		String token = owner.token();
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :token").param("token", token)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_record where after_state like :t or before_state like :t")
			.param("t", "%" + token + "%").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_record where after_state like :p").param("p", "%" + PASSWORD + "%")
			.query(Long.class).single()).isZero();
	}

	private static String account(LedgerFixture f, String role) {
		return f.username(role, role.equals("DEPARTMENT") ? f.teachingId : null, null, PASSWORD);
	}
}
