package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

import tools.jackson.databind.JsonNode;

/** The ledger's whole path through the API: set up, assign, report with evidence, read the ledger. */
class LedgerApiIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void everyCallNeedsAToken() {
		var anonymous = Api.at(port);

		var response = anonymous.get("/api/v1/rounds");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
		assertThat(anonymous.withToken("not-a-token").get("/api/v1/rounds").status()).isEqualTo(401);
	}

	@Test
	void aWrongPasswordGetsNoToken() {
		var response = Api.at(port).post("/api/v1/auth/token", Map.of("username", "admin", "password", "wrong"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).isEqualTo("用户名或密码错误");
	}

	@Test
	void anOfficeRecordsTheWholeProblemListAndSeesItBack() {
		var f = fixture();

		var units = f.api.get("/api/v1/units").json();
		var departments = f.api.get("/api/v1/units/{id}/departments", f.unitId).json();
		var people = f.api.get("/api/v1/units/{id}/people", f.unitId).json();
		var round = f.api.get("/api/v1/rounds/{id}", f.roundId).json();
		var problemList = f.api.get("/api/v1/rounds/{id}/categories", f.roundId).json();

		assertThat(units.valueStream().map(u -> u.get("id").asLong())).contains(f.unitId);
		assertThat(departments.valueStream().map(d -> d.get("name").asString())).containsExactly("办公室", "基础教育科");
		assertThat(people.get(0).get("name").asString()).as("leaders first").isEqualTo("李局长");
		assertThat(round.get("feedbackDate").asString()).isEqualTo(f.feedbackDate.toString());
		assertThat(round.get("inspectionGroup").asString()).isEqualTo("区委第三巡察组");
		assertThat(problemList.get(0).get("category").get("title").asString()).isEqualTo("落实全面从严治党责任不到位方面");
		var problem = problemList.get(0).get("problems").get(0);
		assertThat(problem.get("title").asString()).isEqualTo("会议记录不规范问题");
		assertThat(problem.get("manifestations").get(0).asString()).isEqualTo("记录要素不全");
		assertThat(f.api.get("/api/v1/rounds?unitId={id}", f.unitId).json().size()).isEqualTo(1);
	}

	@Test
	void aMeasureTakesTheProblemsLeaderAndCarriesItsResponsibility() {
		var f = fixture();
		var body = new LinkedHashMap<String, Object>();
		body.put("text", "完善会议记录制度");
		body.put("kind", "BY_DEADLINE");
		body.put("leadDepartmentId", f.officeId);
		body.put("assistingDepartmentIds", List.of(f.teachingId));
		body.put("responsiblePersonId", f.staffId);
		body.put("deadline", TODAY.plusDays(20).toString());
		body.put("target", "制度印发执行");

		var created = f.api.post("/api/v1/problems/{id}/measures", body, f.problemId);

		assertThat(created.status()).isEqualTo(201);
		var measure = f.api.get("/api/v1/measures/{id}", created.id()).json();
		assertThat(measure.get("responsibleLeaderId").asLong()).isEqualTo(f.leaderId);
		assertThat(measure.get("leadDepartmentId").asLong()).isEqualTo(f.officeId);
		assertThat(measure.get("assistingDepartmentIds").get(0).asLong()).isEqualTo(f.teachingId);
		assertThat(measure.get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(measure.get("overdue").asBoolean()).isFalse();
		assertThat(measure.get("version").asInt()).isZero();
	}

	@Test
	void progressWithEvidenceIsStoredChecksummedAndDownloadable() throws Exception {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		byte[] minutes = "2026年会议纪要：议事规则已修订".getBytes(StandardCharsets.UTF_8);
		byte[] photo = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };

		var reported = f.api.postProgressWithFiles(measureId,
				Map.of("text", "议事规则已印发", "phrase", "COMPLETED", "reportedOn", TODAY.toString()),
				new LinkedHashMap<>(Map.of("会议纪要.txt", minutes, "现场照片.png", photo)));

		assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
		JsonNode evidence = reported.json().get("evidence");
		assertThat(evidence.size()).isEqualTo(2);
		var byName = new LinkedHashMap<String, JsonNode>();
		evidence.forEach(e -> byName.put(e.get("fileName").asString(), e));
		var minutesEvidence = byName.get("会议纪要.txt");
		assertThat(minutesEvidence.get("sha256").asString())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(minutes)));
		assertThat(byName.get("现场照片.png").get("contentType").asString()).isEqualTo("image/png");
		var download = f.api.get("/api/v1/evidence/{id}", minutesEvidence.get("id").asLong());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(minutes);
		assertThat(download.headers().getContentDisposition().getFilename()).isEqualTo("会议纪要.txt");

		var measure = f.api.get("/api/v1/measures/{id}", measureId).json();
		assertThat(measure.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(measure.get("latestProgress").get("text").asString()).isEqualTo("议事规则已印发");
		assertThat(measure.get("latestProgress").get("author").asString()).isEqualTo("admin");
	}

	@Test
	void theLedgerShowsEachMeasureWithItsProblemProgressAndWhoIsLate() {
		var f = fixture();
		var m = ThreeMeasures.of(f);
		long done = m.done(), late = m.late(), ongoing = m.ongoing();

		var ledger = f.api.get("/api/v1/rounds/{id}/ledger", f.roundId).json();

		assertThat(ledger.get("totalElements").asLong()).isEqualTo(3);
		var rows = ledger.get("content");
		assertThat(rows.valueStream().map(r -> r.get("measureId").asLong())).containsExactly(done, late, ongoing);
		var lateRow = rows.get(1);
		assertThat(lateRow.get("problemTitle").asString()).isEqualTo("会议记录不规范问题");
		assertThat(lateRow.get("categoryTitle").asString()).isEqualTo("落实全面从严治党责任不到位方面");
		assertThat(lateRow.get("responsibleLeaderName").asString()).isEqualTo("李局长");
		assertThat(lateRow.get("leadDepartmentName").asString()).isEqualTo("基础教育科");
		assertThat(lateRow.get("responsiblePersonName").asString()).isEqualTo("王科长");
		assertThat(lateRow.get("overdue").asBoolean()).isTrue();
		assertThat(lateRow.get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(rows.get(0).get("progressPhrase").asString()).isEqualTo("COMPLETED");
		assertThat(rows.get(2).get("progressText").asString()).isEqualTo("已制定培训计划");
		assertThat(rows.get(2).get("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void theLedgerFiltersAndPages() {
		var f = fixture();
		var m = ThreeMeasures.of(f);
		long done = m.done(), late = m.late(), ongoing = m.ongoing();
		String ledger = "/api/v1/rounds/" + f.roundId + "/ledger";

		assertThat(ids(f.api.get(ledger + "?overdue=true"))).containsExactly(late);
		assertThat(ids(f.api.get(ledger + "?overdue=false"))).containsExactly(done, ongoing);
		assertThat(ids(f.api.get(ledger + "?departmentId=" + f.teachingId))).containsExactly(late);
		assertThat(ids(f.api.get(ledger + "?status=COMPLETED"))).containsExactly(done);
		assertThat(ids(f.api.get(ledger + "?status=IN_PROGRESS"))).containsExactly(ongoing);
		assertThat(ids(f.api.get(ledger + "?leaderId=" + f.leaderId))).hasSize(3);
		assertThat(ids(f.api.get(ledger + "?categoryId=" + f.categoryId))).hasSize(3);
		assertThat(ids(f.api.get(ledger + "?text=培训"))).containsExactly(ongoing);
		var secondPage = f.api.get(ledger + "?page=1&size=2").json();
		assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);
		assertThat(ids(f.api.get(ledger + "?page=1&size=2"))).containsExactly(ongoing);
	}

	@Test
	void anEmptyPageIsARoundWithoutRowsAndAMissingRoundIsNotFound() {
		var f = fixture();
		f.measure("修订议事规则", f.officeId, 10);

		var empty = f.api.get("/api/v1/rounds/{id}/ledger?text=没有这样的措施", f.roundId);
		var missing = f.api.get("/api/v1/rounds/{id}/ledger", Long.MAX_VALUE);
		var otherUnit = fixture().account("OFFICE", null, null).get("/api/v1/rounds/{id}/ledger", f.roundId);

		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.json().get("content").size()).isZero();
		assertThat(empty.json().get("totalElements").asLong()).isZero();
		assertThat(missing.status()).isEqualTo(404);
		assertThat(otherUnit.status()).as("another unit's round looks missing").isEqualTo(404);
	}

	@Test
	void anAssistingDepartmentFindsTheMeasureUnderItsName() {
		var f = fixture();
		var body = Map.of("text", "联合开展检查", "kind", "ONGOING", "leadDepartmentId", f.officeId,
				"assistingDepartmentIds", List.of(f.teachingId));
		long measureId = f.api.post("/api/v1/problems/{id}/measures", body, f.problemId).id();

		var rows = f.api.get("/api/v1/rounds/{id}/ledger?departmentId={d}", f.roundId, f.teachingId).json().get("content");

		assertThat(rows.get(0).get("measureId").asLong()).isEqualTo(measureId);
		assertThat(rows.get(0).get("assistingDepartmentNames").get(0).asString()).isEqualTo("基础教育科");
	}

	@Test
	void aProblemsStatusFollowsFromItsMeasures() {
		var f = fixture();
		long first = f.measure("修订议事规则", f.officeId, 10);
		long second = f.measure("开展记录规范培训", f.officeId, 5);
		assertThat(problemStatus(f)).isEqualTo("NOT_STARTED");

		report(f.api, first, "议事规则已印发", "COMPLETED");
		assertThat(problemStatus(f)).isEqualTo("IN_PROGRESS");

		report(f.api, second, "培训已完成", "COMPLETED_ONGOING");
		assertThat(problemStatus(f)).isEqualTo("COMPLETED");
		assertThat(f.api.get("/api/v1/problems/{id}", f.problemId).json().get("measures").size()).isEqualTo(2);
	}

	@Test
	void aMeasureIsChangedWithTheVersionItWasReadAt() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);

		var changed = f.api.patch("/api/v1/measures/{id}",
				Map.of("version", 0, "deadline", TODAY.plusDays(40).toString(), "leadDepartmentId", f.teachingId), measureId);

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("version").asInt()).isEqualTo(1);
		assertThat(changed.json().get("deadline").asString()).isEqualTo(TODAY.plusDays(40).toString());
		assertThat(changed.json().get("text").asString()).as("untouched").isEqualTo("修订议事规则");

		var stale = f.api.patch("/api/v1/measures/{id}", Map.of("version", 0, "text", "覆盖"), measureId);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("text").asString()).isEqualTo("修订议事规则");
	}

	@Test
	void theApiIsDescribedByOpenApi() {
		var docs = Api.at(port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		var paths = docs.json().get("paths");
		assertThat(paths.has("/api/v1/rounds/{id}/ledger")).isTrue();
		assertThat(paths.has("/api/v1/measures/{id}/progress")).isTrue();
		assertThat(paths.has("/api/v1/auth/token")).isTrue();
		assertThat(Api.at(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	/** One completed measure, one overdue and not started, one in progress: the mix a ledger shows. */
	record ThreeMeasures(long done, long late, long ongoing) {

		static ThreeMeasures of(LedgerFixture f) {
			var measures = new ThreeMeasures(f.measure("修订议事规则", f.officeId, 10),
					f.measure("补齐会议记录要素", f.teachingId, -3), f.measure("开展记录规范培训", f.officeId, 5));
			report(f.api, measures.done(), "议事规则已印发", "COMPLETED");
			report(f.api, measures.ongoing(), "已制定培训计划", "IN_PROGRESS");
			return measures;
		}
	}

	static void report(Api api, long measureId, String text, String phrase) {
		var response = api.post("/api/v1/measures/{id}/progress", Map.of("text", text, "phrase", phrase), measureId);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	private static List<Long> ids(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("content").valueStream().map(r -> r.get("measureId").asLong()).toList();
	}

	private static String problemStatus(LedgerFixture f) {
		return f.api.get("/api/v1/problems/{id}", f.problemId).json().get("status").asString();
	}
}
