package org.zhenggai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit with two departments, a leader and a staff member, and a round fed back 30 days ago
 * with one category and one problem, all made through the API as an office would.
 */
public final class LedgerFixture {

	public final Api api;
	public final long unitId;
	public final long officeId;
	public final long teachingId;
	public final long leaderId;
	public final long staffId;
	public final long roundId;
	public final long categoryId;
	public final long problemId;
	public final LocalDate feedbackDate = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(30);

	private static final String PASSWORD = "Pass#word2026";
	/** What the administrator gives a new account, to be changed at once. */
	public static final String FIRST_PASSWORD = "First#Login2026";

	private final int port;

	private LedgerFixture(Api api) {
		this.api = api;
		this.port = api.port();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.unitId = created(api.post("/api/v1/units", Map.of("name", "测试区教育局" + suffix, "partyBody", "中共测试区教育局党组")));
		this.officeId = created(api.post("/api/v1/units/{id}/departments", Map.of("name", "办公室"), unitId));
		this.teachingId = created(api.post("/api/v1/units/{id}/departments", Map.of("name", "基础教育科"), unitId));
		this.leaderId = created(api.post("/api/v1/units/{id}/people",
				Map.of("name", "李局长", "title", "副局长", "leader", true), unitId));
		this.staffId = created(api.post("/api/v1/units/{id}/people",
				Map.of("name", "王科长", "title", "科长", "departmentId", teachingId, "leader", false), unitId));
		var round = new HashMap<String, Object>();
		round.put("name", "测试第" + suffix + "轮巡察");
		round.put("kind", "REGULAR");
		round.put("inspectingBody", "区委");
		round.put("inspectionGroup", "区委第三巡察组");
		round.put("unitId", unitId);
		round.put("stationingStart", feedbackDate.minusDays(90).toString());
		round.put("stationingEnd", feedbackDate.minusDays(30).toString());
		round.put("feedbackDate", feedbackDate.toString());
		round.put("rectificationDeadline", feedbackDate.plusDays(90).toString());
		this.roundId = created(api.post("/api/v1/rounds", round));
		this.categoryId = created(api.post("/api/v1/rounds/{id}/categories", Map.of("title", "落实全面从严治党责任不到位方面"), roundId));
		this.problemId = created(api.post("/api/v1/categories/{id}/problems", Map.of("title", "会议记录不规范问题",
				"responsibleLeaderId", leaderId, "leadDepartmentId", officeId, "manifestations", List.of("记录要素不全")),
				categoryId));
	}

	public static LedgerFixture create(Api api) {
		return new LedgerFixture(api);
	}

	/** Adds a measure led by the given department, due in {@code days} from today (negative: past). */
	public long measure(String text, long departmentId, int days) {
		var body = new HashMap<String, Object>();
		body.put("text", text);
		body.put("kind", "BY_DEADLINE");
		body.put("leadDepartmentId", departmentId);
		body.put("responsiblePersonId", staffId);
		body.put("deadline", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(days).toString());
		return created(api.post("/api/v1/problems/{id}/measures", body, problemId));
	}

	/** Creates an account of the fixture's unit and returns a client logged in with it. */
	public Api account(String role, Long departmentId, Long personId) {
		return Api.as(port, username(role, departmentId, personId, PASSWORD), PASSWORD);
	}

	/** Creates an account of the fixture's unit with the given password, already changed from the first one. */
	public String username(String role, Long departmentId, Long personId, String password) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		var body = new HashMap<String, Object>();
		body.put("username", username);
		body.put("displayName", username);
		body.put("role", role);
		body.put("departmentId", departmentId);
		body.put("personId", personId);
		body.put("password", password);
		createAccount(api, unitId, body);
		return username;
	}

	/**
	 * Creates an account as the administrator does, then logs in as its owner and replaces the
	 * first password by the one in {@code body}, as every owner must before doing anything else.
	 */
	public static void createAccount(Api admin, long unitId, Map<String, Object> body) {
		var first = new HashMap<>(body);
		first.put("password", FIRST_PASSWORD);
		var response = admin.post("/api/v1/units/{id}/accounts", first, unitId);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		var owner = Api.as(admin.port(), (String) body.get("username"), FIRST_PASSWORD);
		var changed = owner.post("/api/v1/account/password",
				Map.of("currentPassword", FIRST_PASSWORD, "newPassword", body.get("password")));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
	}

	private static long created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.id();
	}
}
