package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/** Bad input gets a problem detail naming each bad field, and nothing is written. */
class InvalidInputIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void aMeasureWithoutTextOrWithADeadlineBeforeTheFeedbackIsRefused() {
		var f = fixture();
		var body = new HashMap<String, Object>();
		body.put("text", " ");
		body.put("kind", "BY_DEADLINE");
		body.put("deadline", f.feedbackDate.minusDays(1).toString());

		var blank = f.api.post("/api/v1/problems/{id}/measures", body, f.problemId);
		body.put("text", "补齐会议记录");
		var early = f.api.post("/api/v1/problems/{id}/measures", body, f.problemId);

		assertBadFields(blank, "text");
		assertBadFields(early, "deadline");
		assertThat(early.json().get("errors").get(0).get("message").asString()).contains("不能早于反馈时间");
		assertThat(measureCount(f)).isZero();
	}

	@Test
	void aMeasureByDeadlineNeedsADeadline() {
		var f = fixture();

		var response = f.api.post("/api/v1/problems/{id}/measures", Map.of("text", "补齐会议记录", "kind", "BY_DEADLINE"),
				f.problemId);

		assertBadFields(response, "deadline");
	}

	@Test
	void unknownOrForeignDepartmentsAndPeopleAreNamed() {
		var f = fixture();
		var other = LedgerFixture.create(f.api);
		var body = new HashMap<String, Object>();
		body.put("text", "补齐会议记录");
		body.put("kind", "ONGOING");
		body.put("leadDepartmentId", 999_999);
		body.put("assistingDepartmentIds", List.of(other.officeId));
		body.put("responsiblePersonId", other.staffId);

		var response = f.api.post("/api/v1/problems/{id}/measures", body, f.problemId);

		assertBadFields(response, "leadDepartmentId", "assistingDepartmentIds[0]", "responsiblePersonId");
		assertThat(measureCount(f)).isZero();
	}

	@Test
	void malformedJsonAndWrongTypesAreRefused() {
		var f = fixture();

		var malformed = f.api.postRaw("/api/v1/problems/" + f.problemId + "/measures", "{\"text\": \"未闭合");
		var wrongKind = f.api.post("/api/v1/problems/{id}/measures", Map.of("text", "补齐", "kind", "SOMETIME"),
				f.problemId);

		assertBadFields(malformed, "body");
		assertBadFields(wrongKind, "kind");
		assertThat(measureCount(f)).isZero();
	}

	@Test
	void missingRequiredFieldsOfARoundAreAllNamed() {
		var response = admin().post("/api/v1/rounds", Map.of("name", "", "unitId", 1));

		assertBadFields(response, "name", "kind", "inspectingBody", "inspectionGroup");
	}

	@Test
	void aRoundWithDatesInTheWrongOrderIsRefused() {
		var f = fixture();
		var round = new HashMap<String, Object>();
		round.put("name", "日期错误的轮次");
		round.put("kind", "REGULAR");
		round.put("inspectingBody", "区委");
		round.put("inspectionGroup", "区委第一巡察组");
		round.put("unitId", f.unitId);
		round.put("stationingStart", "2024-03-01");
		round.put("stationingEnd", "2024-02-01");
		round.put("feedbackDate", "2024-05-01");
		round.put("rectificationDeadline", "2024-04-01");

		var response = f.api.post("/api/v1/rounds", round);

		assertBadFields(response, "stationingEnd", "rectificationDeadline");
		assertThat(f.api.get("/api/v1/rounds?unitId={id}", f.unitId).json().size()).isEqualTo(1);
	}

	@Test
	void unknownIdsGive404() {
		var api = admin();

		assertThat(api.get("/api/v1/rounds/999999").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/measures/999999").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/problems/999999").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/units/999999/departments").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/evidence/999999").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/categories/999999/problems", Map.of("title", "x")).status()).isEqualTo(404);
		var missing = api.get("/api/v1/rounds/999999/ledger");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(missing.json().get("detail").asString()).contains("巡察轮次");
	}

	@Test
	void aTooLargeFileIsRefusedAndNothingOfTheReportIsKept() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		byte[] large = new byte[1024 * 1024 + 1];

		var response = f.api.postProgressWithFiles(measureId, Map.of("text", "已完成", "phrase", "COMPLETED"),
				Map.of("big.pdf", large));

		assertBadFields(response, "files[0]");
		assertThat(f.api.get("/api/v1/measures/{id}/progress", measureId).json().size()).isZero();
	}

	@Test
	void aProgramIsNotEvidenceWhateverItsName() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

		var response = f.api.postProgressWithFiles(measureId, Map.of("text", "已完成", "phrase", "COMPLETED"),
				Map.of("会议照片.jpg", program));

		assertBadFields(response, "files[0]");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("可执行程序");
	}

	@Test
	void aReportDatedInTheFutureIsRefused() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);

		var response = f.api.post("/api/v1/measures/{id}/progress",
				Map.of("text", "已完成", "phrase", "COMPLETED", "reportedOn", TODAY.plusDays(3).toString()), measureId);

		assertBadFields(response, "reportedOn");
	}

	@Test
	void aChangeWithoutVersionIsRefused() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);

		var response = f.api.patch("/api/v1/measures/{id}", Map.of("text", "新的措施"), measureId);

		assertBadFields(response, "version");
	}

	private static void assertBadFields(Api.Response response, String... fields) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.as(response.toString())
			.containsExactlyInAnyOrder(fields);
		response.json().get("errors").forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
	}

	private static int measureCount(LedgerFixture f) {
		return f.api.get("/api/v1/problems/{id}", f.problemId).json().get("measures").size();
	}
}
