package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/**
 * Walks every endpoint and page of the application with an account of every role, on things of
 * the account's own unit and of a unit out of its reach, and checks each answer against
 * {@link AccessTable}: refused with 403 where the role may not act at all, answered as "not found"
 * outside the scope, and let through (whatever the input makes of it) inside.
 */
@AutoConfigureMockMvc
class AuthorizationMatrixIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEndpointAnswersEveryRoleAsTheTableSays() throws Exception {
		var world = new World(admin());
		var mismatches = new ArrayList<String>();
		int calls = 0;
		for (var endpoint : endpoints()) {
			for (Role role : Role.values()) {
				Scope scope = AccessTable.scope(role, endpoint.action());
				for (var unit : endpoint.targetKind() == null ? List.of(world.own) : List.of(world.own, world.foreign)) {
					String uri = endpoint.uri(unit);
					int status = call(endpoint, uri, world.usernames.get(role));
					calls++;
					var expected = expected(endpoint, scope, unit == world.own);
					if (!expected.accepts(status)) {
						mismatches.add("%-17s %-6s %-55s expected %s, got %d".formatted(role, endpoint.method(), uri,
								expected, status));
					}
				}
			}
		}
		assertThat(calls).as("calls made").isGreaterThan(1000);
		assertThat(mismatches).as("answers that differ from the authorization table").isEmpty();
	}

	@Test
	void nothingOutOfReachAppearsInAnyPageOrListReadInTheOwnUnit() throws Exception {
		var world = new World(admin());
		var leaks = new ArrayList<String>();
		for (var endpoint : endpoints()) {
			if (endpoint.method() != HttpMethod.GET) {
				continue;
			}
			for (Role role : Role.values()) {
				if (AccessTable.scope(role, endpoint.action()) == Scope.ALL) {
					continue;
				}
				String uri = endpoint.uri(world.own);
				var response = mvc.perform(MockMvcRequestBuilders.get(uri).with(user(world.usernames.get(role))))
					.andReturn().getResponse();
				String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
				if (body.contains(world.foreign.marker)) {
					leaks.add(role + " GET " + uri + " shows the other unit's " + world.foreign.marker);
				}
				if (role == Role.DEPARTMENT && body.contains(world.own.otherDepartmentMarker)) {
					leaks.add(role + " GET " + uri + " shows another department's measure");
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void refusalsAreRecordedInTheAuditTrail() throws Exception {
		var world = new World(admin());
		String auditor = world.usernames.get(Role.AUDITOR);

		mvc.perform(MockMvcRequestBuilders.get("/api/v1/rounds/{id}", world.own.ids.get(TargetKind.ROUND)).with(user(auditor)));

		long refusals = jdbc.sql("select count(*) from audit_record where actor = :actor and action = 'REFUSE'")
			.param("actor", auditor).query(Long.class).single();
		assertThat(refusals).isEqualTo(1);
	}

	// ---- what to expect

	private record Expected(String text, Set<Integer> statuses, boolean among) {

		boolean accepts(int status) {
			return statuses.contains(status) == among;
		}

		@Override
		public String toString() {
			return text;
		}
	}

	private static final Expected REFUSED = new Expected("403", Set.of(403), true);
	private static final Expected HIDDEN = new Expected("404", Set.of(404), true);
	private static final Expected LET_THROUGH = new Expected("neither 401, 403 nor 404", Set.of(401, 403, 404), false);
	private static final Expected NOT_REFUSED = new Expected("neither 401 nor 403", Set.of(401, 403), false);

	private static Expected expected(Endpoint endpoint, Scope scope, boolean ownUnit) {
		if (scope == Scope.NONE) {
			return REFUSED;
		}
		if (endpoint.hasOtherId()) {
			// An id this table does not resolve (a notification, an account): the role is all that is checked here.
			return NOT_REFUSED;
		}
		if (endpoint.targetKind() == null) {
			return LET_THROUGH;
		}
		if (!ownUnit) {
			return scope == Scope.ALL ? LET_THROUGH : HIDDEN;
		}
		return LET_THROUGH;
	}

	// ---- the endpoints

	private record Endpoint(HttpMethod method, String pattern, Action action, TargetKind targetKind, boolean multipart,
			boolean hasOtherId) {

		String uri(Unit unit) {
			String uri = pattern;
			if (targetKind != null) {
				uri = uri.replace("{id}", String.valueOf(unit.ids.getOrDefault(targetKind, 999_999_999L)));
			}
			return uri.replaceAll("\\{[^}]+}", "999999999");
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}
	}

	private List<Endpoint> endpoints() {
		var endpoints = new ArrayList<Endpoint>();
		var undeclared = new TreeSet<String>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			var handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.zhenggai")) {
				continue;
			}
			var info = entry.getKey();
			var performs = AccessInterceptor.declared(handler);
			for (String pattern : info.getPatternValues()) {
				if (performs == null) {
					undeclared.add(pattern);
					continue;
				}
				if (performs.value() == Action.PUBLIC) {
					continue;
				}
				boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
				var methods = info.getMethodsCondition().getMethods();
				for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, performs.value(),
							kindOf(pattern), multipart, pattern.contains("{") && !pattern.contains("{id}")
									|| pattern.contains("{id}") && kindOf(pattern) == null));
				}
			}
		}
		assertThat(undeclared).as("handlers that do not declare the action they perform").isEmpty();
		assertThat(endpoints).hasSizeGreaterThan(150);
		return endpoints;
	}

	private static TargetKind kindOf(String pattern) {
		int at = pattern.indexOf("/{id}");
		if (at < 0) {
			return null;
		}
		String before = pattern.substring(0, at);
		return TargetKind.ofSegment(before.substring(before.lastIndexOf('/') + 1)).orElse(null);
	}

	private int call(Endpoint endpoint, String uri, String username) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.multipart()) {
			request = MockMvcRequestBuilders.multipart(endpoint.method(), uri);
		}
		else {
			var plain = MockMvcRequestBuilders.request(endpoint.method(), uri);
			if (endpoint.method() != HttpMethod.GET && endpoint.api()) {
				plain.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			request = plain;
		}
		request.with(user(username));
		if (!endpoint.api()) {
			request.with(csrf());
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	// ---- the world: a unit of the accounts, below an inspection office, and a unit out of reach

	private final class World {

		final Unit own;
		final Unit foreign;
		final Map<Role, String> usernames = new EnumMap<>(Role.class);

		World(Api admin) {
			this.own = new Unit(LedgerFixture.create(admin));
			this.foreign = new Unit(LedgerFixture.create(admin));
			own.lookBack(jdbc);
			foreign.lookBack(jdbc);
			long office = admin.post("/api/v1/units", Map.of("name", "测试区委巡察办" + UUID.randomUUID().toString().substring(0, 8)))
				.id();
			jdbc.sql("update unit set parent_id = :office where id = :unit").param("office", office)
				.param("unit", own.fixture.unitId).update();
			own.ids.put(TargetKind.OPINION, opinion(own));
			foreign.ids.put(TargetKind.OPINION, opinion(foreign));
			officeRound(admin, office, own);
			officeRound(admin, foreign.fixture.unitId, foreign);
			usernames.put(Role.ADMIN, Api.ADMIN);
			for (Role role : Role.values()) {
				if (role == Role.ADMIN) {
					continue;
				}
				long unit = role == Role.INSPECTION_OFFICE ? office : own.fixture.unitId;
				Long department = role == Role.DEPARTMENT ? own.fixture.teachingId : null;
				Long person = role == Role.LEADER ? own.fixture.leaderId : null;
				usernames.put(role, account(admin, unit, role, department, person));
			}
		}

		/** An opinion from the public on the unit's report, as the public form would have stored it. */
		private long opinion(Unit unit) {
			String receipt = "YJ-TEST-" + UUID.randomUUID().toString().substring(0, 8);
			jdbc.sql("""
					insert into public_opinion (public_report_id, unit_id, receipt, text, client_key, received_at, status, version)
					values (:report, :unit, :receipt, '测试意见', 'test', current_timestamp, 'RECEIVED', 0)
					""").param("report", unit.ids.get(TargetKind.PUBLICATION)).param("unit", unit.fixture.unitId)
				.param("receipt", receipt).update();
			return jdbc.sql("select id from public_opinion where receipt = :receipt").param("receipt", receipt)
				.query(Long.class).single();
		}

		/** A round of inspections run by the office, holding the unit's round, with one published common problem. */
		private void officeRound(Api admin, long office, Unit unit) {
			long id = admin.post("/api/v1/office-rounds", Map.of("unitId", office, "name", "第六轮巡察", "inspectingBody", "区委"))
				.id();
			assertThat(admin.post("/api/v1/office-rounds/{id}/rounds", Map.of("roundId", unit.fixture.roundId), id).status())
				.isEqualTo(200);
			// Published, so that no step of the walk (grouping afresh replaces the groups) removes the one made here.
			jdbc.sql("insert into common_problem (office_round_id, position, title, confirmed, version, created_at) "
					+ "values (:id, 1, '共性问题', true, 0, current_timestamp)").param("id", id).update();
			jdbc.sql("update office_round set published_at = current_timestamp, published_by = 'admin' where id = :id")
				.param("id", id).update();
			unit.ids.put(TargetKind.OFFICE_ROUND, id);
			unit.ids.put(TargetKind.COMMON_PROBLEM, jdbc.sql("select id from common_problem where office_round_id = :id")
				.param("id", id).query(Long.class).single());
		}

		private String account(Api admin, long unit, Role role, Long department, Long person) {
			String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
			var body = new HashMap<String, Object>();
			body.put("username", username);
			body.put("displayName", username);
			body.put("role", role.name());
			body.put("departmentId", department);
			body.put("personId", person);
			body.put("password", "Pass#word2026");
			LedgerFixture.createAccount(admin, unit, body);
			return username;
		}
	}

	/**
	 * One unit's things, one of each kind that can be made through the API: all of them are the
	 * department's and the leader's own (led by the department, on the leader's problem), except one
	 * measure of another department.
	 */
	private static final class Unit {

		final LedgerFixture fixture;
		final Map<TargetKind, Long> ids = new EnumMap<>(TargetKind.class);
		final String marker;
		final String otherDepartmentMarker;

		Unit(LedgerFixture f) {
			this.fixture = f;
			var api = f.api;
			this.marker = api.get("/api/v1/rounds/{id}", f.roundId).json().get("name").asString();
			this.otherDepartmentMarker = "其他科室的措施" + UUID.randomUUID().toString().substring(0, 8);
			ids.put(TargetKind.UNIT, f.unitId);
			ids.put(TargetKind.ROUND, f.roundId);
			ids.put(TargetKind.CATEGORY, f.categoryId);
			ids.put(TargetKind.PROBLEM, f.problemId);
			long done = f.measure("修订会议记录制度", f.teachingId, 30);
			long open = f.measure("每月抽查会议记录", f.teachingId, 30);
			long other = created(api.post("/api/v1/categories/{id}/problems", Map.of("title", "另一个问题",
					"leadDepartmentId", f.officeId, "manifestations", List.of("表现")), f.categoryId));
			var body = new HashMap<String, Object>();
			body.put("text", otherDepartmentMarker);
			body.put("kind", "BY_DEADLINE");
			body.put("leadDepartmentId", f.officeId);
			body.put("deadline", TODAY.plusDays(20).toString());
			created(api.post("/api/v1/problems/{id}/measures", body, other));
			ids.put(TargetKind.MEASURE, done);
			var progress = api.postProgressWithFiles(done, Map.of("text", "已印发", "phrase", "COMPLETED"),
					Map.of("通知.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
			ids.put(TargetKind.EVIDENCE, progress.json().get("evidence").get(0).get("id").asLong());
			ids.put(TargetKind.CLOSURE, created(api.post("/api/v1/measures/{id}/closures", Map.of("summary", "已完成"), done)));
			ids.put(TargetKind.EXTENSION, created(api.post("/api/v1/measures/{id}/extensions",
					Map.of("toDeadline", TODAY.plusDays(60).toString(), "reason", "需要更多时间"), open)));
			ids.put(TargetKind.NOTICE, created(api.post("/api/v1/measures/{id}/notices",
					Map.of("demand", "请加快进度", "replyDeadline", TODAY.plusDays(5).toString()), open)));
			var entry = Map.of("receivedOn", TODAY.toString(), "source", "来信", "summary", "反映问题");
			ids.put(TargetKind.CLUE, created(api.post("/api/v1/rounds/{id}/clues", entry, f.roundId)));
			ids.put(TargetKind.PETITION, created(api.post("/api/v1/rounds/{id}/petitions", entry, f.roundId)));
			var action = new HashMap<String, Object>();
			action.put("kind", "REMINDER_TALK");
			action.put("takenOn", TODAY.toString());
			action.put("personId", f.staffId);
			action.put("reason", "整改进度滞后");
			action.put("problemId", f.problemId);
			ids.put(TargetKind.ACCOUNTABILITY_ACTION,
					created(api.post("/api/v1/rounds/{id}/accountability-actions", action, f.roundId)));
			ids.put(TargetKind.DISPATCH_MEETING, created(api.post("/api/v1/rounds/{id}/dispatch-meetings",
					Map.of("heldOn", TODAY.toString(), "chairId", f.leaderId, "attendees", "整改领导小组成员",
							"measureIds", List.of(open), "summary", "听取整改进展汇报"),
					f.roundId)));
			ids.put(TargetKind.SPOT_CHECK,
					created(api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1, "seed", 7), f.roundId)));
			ids.put(TargetKind.RULE, created(api.post("/api/v1/rounds/{id}/rules", Map.of("title", "《会议记录管理办法》",
					"issuedOn", TODAY.minusDays(1).toString(), "kind", "NEW", "problemIds", List.of(f.problemId)),
					f.roundId)));
			ids.put(TargetKind.PUBLICATION, created(api.post("/api/v1/rounds/{id}/publications", Map.of(), f.roundId)));
		}

		/** A look-back is only scheduled for a closed problem; closing one takes the whole workflow, so it is put in place. */
		void lookBack(JdbcClient jdbc) {
			jdbc.sql("""
					insert into look_back (round_id, problem_id, due_on, scheduled_by, version, created_at)
					values (:round, :problem, :due, 'admin', 0, current_timestamp)
					""")
				.param("round", fixture.roundId).param("problem", fixture.problemId).param("due", TODAY.plusMonths(3))
				.update();
			ids.put(TargetKind.LOOK_BACK, jdbc.sql("select id from look_back where problem_id = :problem")
				.param("problem", fixture.problemId).query(Long.class).single());
		}

		private static long created(Api.Response response) {
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			return response.id();
		}
	}
}
