package org.zhenggai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds inspection offices, the units below them and their rounds through the API, as an
 * administrator would: small steps that a test puts together into the numbers it checks.
 */
public final class InspectionOffices {

	public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
	private static final String PASSWORD = "Pass#word2026";

	private final Api admin;
	/** Makes names unique, so that tests sharing one database never meet. */
	public final String suffix = UUID.randomUUID().toString().substring(0, 8);

	public InspectionOffices(Api admin) {
		this.admin = admin;
	}

	public long unit(String name, Long parentId) {
		var body = new HashMap<String, Object>();
		body.put("name", name + suffix);
		body.put("parentId", parentId);
		return created(admin.post("/api/v1/units", body));
	}

	public long officeRound(long officeId, String name) {
		return created(admin.post("/api/v1/office-rounds", Map.of("unitId", officeId, "name", name + suffix,
				"inspectingBody", "区委", "startsOn", TODAY.minusDays(150).toString())));
	}

	/** A round of the unit fed back the given days ago, put into the round of inspections. */
	public long round(long unitId, Long officeRoundId, int fedBackDaysAgo) {
		var body = new HashMap<String, Object>();
		body.put("name", "第" + suffix + "轮巡察");
		body.put("kind", "REGULAR");
		body.put("inspectingBody", "区委");
		body.put("inspectionGroup", "区委第一巡察组");
		body.put("unitId", unitId);
		body.put("feedbackDate", TODAY.minusDays(fedBackDaysAgo).toString());
		body.put("officeRoundId", officeRoundId);
		return created(admin.post("/api/v1/rounds", body));
	}

	/** A problem with the given title in a category of its own. */
	public long problem(long roundId, String title) {
		long category = created(admin.post("/api/v1/rounds/{id}/categories", Map.of("title", "整改方面"), roundId));
		return created(admin.post("/api/v1/categories/{id}/problems", Map.of("title", title, "manifestations",
				List.of("具体表现")), category));
	}

	/** A measure due in the given days from today (negative: past). */
	public long measure(long problemId, int dueInDays) {
		return created(admin.post("/api/v1/problems/{id}/measures", Map.of("text", "整改措施" + UUID.randomUUID(),
				"kind", "BY_DEADLINE", "deadline", TODAY.plusDays(dueInDays).toString()), problemId));
	}

	public void progress(long measureId, String phrase, int daysAgo) {
		var response = admin.post("/api/v1/measures/{id}/progress", Map.of("text", "已推进",
				"phrase", phrase, "reportedOn", TODAY.minusDays(daysAgo).toString()), measureId);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	/** An account of the given role in the unit; its username, for logging in with {@link #as}. */
	public String account(long unitId, String role) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		var body = new HashMap<String, Object>();
		body.put("username", username);
		body.put("displayName", username);
		body.put("role", role);
		body.put("password", PASSWORD);
		// every new account must change its first password before it may do anything else
		LedgerFixture.createAccount(admin, unitId, body);
		return username;
	}

	/** The API as the account made by {@link #account} sees it. */
	public Api as(String username) {
		return Api.as(admin.port(), username, PASSWORD);
	}

	public static String password() {
		return PASSWORD;
	}

	static long created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.id();
	}
}
