package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;
import org.zhenggai.support.FormSession;

/** The password rule wherever a password is set, and the change an administrator's password calls for. */
class PasswordsIT extends IntegrationTest {

	private static final String FIRST = LedgerFixture.FIRST_PASSWORD;
	private static final String CHOSEN = "Chosen#Pass2026";

	@Test
	void anAccountWithAWeakPasswordIsNotCreatedAndTheAnswerSaysWhatIsMissing() {
		var f = fixture();

		var response = f.api.post("/api/v1/units/{id}/accounts", account("abcdefgh"), f.unitId);

		assertThat(response.status()).isEqualTo(400);
		var error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("password");
		assertThat(error.get("message").asString()).contains("至少 3 类").contains("大写字母、数字、符号");
	}

	@Test
	void aNewAccountMustChangeItsPasswordBeforeUsingTheApi() {
		var f = fixture();
		var body = account(FIRST);
		assertThat(f.api.post("/api/v1/units/{id}/accounts", body, f.unitId).status()).isEqualTo(201);
		String username = (String) body.get("username");
		var owner = Api.as(port, username, FIRST);

		var refused = owner.get("/api/v1/rounds/{id}", f.roundId);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("须先修改初始密码").contains("/api/v1/account/password");
		assertThat(owner.get("/api/v1/account/tokens").status()).isEqualTo(403);

		var wrongCurrent = owner.post("/api/v1/account/password", Map.of("currentPassword", "Wrong#2026x", "newPassword", CHOSEN));
		assertThat(field(wrongCurrent)).isEqualTo("currentPassword");
		var weak = owner.post("/api/v1/account/password", Map.of("currentPassword", FIRST, "newPassword", "short"));
		assertThat(field(weak)).isEqualTo("newPassword");
		assertThat(weak.json().get("errors").get(0).get("message").asString()).contains("至少需要 8 个字符");
		var same = owner.post("/api/v1/account/password", Map.of("currentPassword", FIRST, "newPassword", FIRST));
		assertThat(same.json().get("errors").get(0).get("message").asString()).contains("不能与当前密码相同");

		var changed = owner.post("/api/v1/account/password", Map.of("currentPassword", FIRST, "newPassword", CHOSEN));
		assertThat(changed.status()).isEqualTo(204);
		assertThat(owner.get("/api/v1/rounds/{id}", f.roundId).status()).as("the token got with the first password").isEqualTo(401);
		assertThat(Api.as(port, username, CHOSEN).get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(200);
		assertThat(Api.at(port).post("/api/v1/auth/token", Map.of("username", username, "password", FIRST)).status())
			.isEqualTo(401);
	}

	@Test
	void aNewAccountsPagesLeadToTheChangePasswordPageUntilItIsChanged() {
		var f = fixture();
		var body = account(FIRST);
		f.api.post("/api/v1/units/{id}/accounts", body, f.unitId);
		var session = FormSession.logIn(port, (String) body.get("username"), FIRST);

		var ledger = session.get("/rounds/" + f.roundId + "/ledger");
		assertThat(ledger.statusCode()).isEqualTo(302);
		assertThat(ledger.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
		assertThat(session.get("/account/password").body()).contains("请先修改密码");

		var weak = session.post("/account/password",
				Map.of("currentPassword", FIRST, "newPassword", "abcdefgh", "repeatedPassword", "abcdefgh"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("密码不符合要求").contains("可加入大写字母、数字、符号");

		var changed = session.post("/account/password",
				Map.of("currentPassword", FIRST, "newPassword", CHOSEN, "repeatedPassword", CHOSEN));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(session.get("/rounds/" + f.roundId + "/ledger").statusCode()).isEqualTo(200);
	}

	@Test
	void loggingOutStaysOpenWhileTheChangeIsDue() {
		var f = fixture();
		var body = account(FIRST);
		f.api.post("/api/v1/units/{id}/accounts", body, f.unitId);
		var owner = Api.as(port, (String) body.get("username"), FIRST);

		assertThat(owner.delete("/api/v1/auth/token").status()).isEqualTo(204);

		assertThat(owner.post("/api/v1/account/password", Map.of("currentPassword", FIRST, "newPassword", CHOSEN)).status())
			.isEqualTo(401);
	}

	@Test
	void aPasswordResetByTheAdministratorEndsTheTokensAndMustBeChangedAgain() {
		var f = fixture();
		var body = account(CHOSEN);
		LedgerFixture.createAccount(f.api, f.unitId, body);
		String username = (String) body.get("username");
		var owner = Api.as(port, username, CHOSEN);
		assertThat(owner.get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(200);

		assertThat(admin().post("/api/v1/accounts/{username}/password", Map.of("newPassword", "weak"), username).status())
			.isEqualTo(400);
		assertThat(admin().post("/api/v1/accounts/{username}/password", Map.of("newPassword", "Reset#Pass2026"), username)
			.status()).isEqualTo(204);

		assertThat(owner.get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(401);
		assertThat(Api.as(port, username, "Reset#Pass2026").get("/api/v1/rounds/{id}", f.roundId).status()).isEqualTo(403);
		assertThat(admin().post("/api/v1/accounts/{username}/password", Map.of("newPassword", "Reset#Pass2026"), "nobody-"
				+ UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void anAdministratorWhosePasswordWasChosenIsNotAskedToChangeIt() {
		assertThat(admin().get("/api/v1/units").status()).isEqualTo(200);
		assertThat(FormSession.logIn(port, Api.ADMIN, Api.ADMIN_PASSWORD).get("/admin/units").statusCode()).isEqualTo(200);
	}

	private static Map<String, Object> account(String password) {
		String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
		var body = new HashMap<String, Object>();
		body.put("username", username);
		body.put("displayName", username);
		body.put("role", "OFFICE");
		body.put("password", password);
		return body;
	}

	private static String field(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().get("errors").get(0).get("field").asString();
	}
}
