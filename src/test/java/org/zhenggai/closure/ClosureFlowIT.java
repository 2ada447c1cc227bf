package org.zhenggai.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/** Closing a measure step by step, by the people who may take each step, and every refusal on the way. */
class ClosureFlowIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void aMeasureIsClosedOnlyAfterTheOfficeAndTheLeaderApproveItsEvidence() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		var department = f.account("DEPARTMENT", f.officeId, null);
		var leader = f.account("LEADER", null, f.leaderId);
		long measureId = f.measure("修订议事规则", f.officeId, 10);

		assertThat(department.post("/api/v1/measures/{id}/sign-off", Map.of(), measureId).json()
			.get("signOffs").size()).isEqualTo(1);
		department.postProgressWithFiles(measureId, Map.of("text", "议事规则已印发", "phrase", "COMPLETED"),
				Map.of("议事规则.txt", "第一条".getBytes()));

		long first = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "已印发执行"), measureId).id();
		var returned = office.post("/api/v1/closures/{id}/review", Map.of("approve", false, "reason", "缺少执行记录",
				"version", 0), first);
		assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
		assertThat(department.get("/api/v1/measures/{id}/closures", measureId).json().get(0).get("returnReason")
			.asString()).isEqualTo("缺少执行记录");

		long second = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "补充了执行记录"), measureId).id();
		assertThat(office.post("/api/v1/closures/{id}/review", Map.of("approve", true, "version", 0), second).json()
			.get("status").asString()).isEqualTo("OFFICE_APPROVED");
		assertThat(leader.post("/api/v1/closures/{id}/approval", Map.of("approve", true, "version", 1), second).json()
			.get("status").asString()).isEqualTo("CLOSED");

		var measure = f.api.get("/api/v1/measures/{id}", measureId).json();
		assertThat(measure.get("status").asString()).isEqualTo("CLOSED");
		assertThat(measure.get("closedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(f.api.get("/api/v1/problems/{id}", f.problemId).json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(office.post("/api/v1/problems/{id}/closure", Map.of(), f.problemId).status()).isEqualTo(200);
		assertThat(office.post("/api/v1/problems/{id}/closure", Map.of(), f.problemId).status()).isEqualTo(409);
	}

	@Test
	void aMeasureWithoutEvidenceOrNotCompletedCannotBeClosed() {
		var f = fixture();
		var department = f.account("DEPARTMENT", f.officeId, null);
		long measureId = f.measure("修订议事规则", f.officeId, 10);

		var notDone = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "完成"), measureId);
		department.post("/api/v1/measures/{id}/progress", Map.of("text", "已完成", "phrase", "COMPLETED"), measureId);
		var noEvidence = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "完成"), measureId);

		assertThat(notDone.status()).isEqualTo(409);
		assertThat(notDone.json().get("detail").asString()).contains("已完成");
		assertThat(noEvidence.status()).isEqualTo(409);
		assertThat(noEvidence.json().get("detail").asString()).contains("佐证材料");
		assertThat(department.get("/api/v1/measures/{id}/closures", measureId).json().size()).isZero();
	}

	@Test
	void onlyTheRightPeopleTakeEachStepAndNobodyDecidesTheirOwnRequest() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		var department = f.account("DEPARTMENT", f.officeId, null);
		var otherDepartment = f.account("DEPARTMENT", f.teachingId, null);
		var otherLeader = f.account("LEADER", null, f.staffId);
		long measureId = completedWithEvidence(f, department);

		assertThat(otherDepartment.post("/api/v1/measures/{id}/closures", Map.of("summary", "完成"), measureId).status())
			.as("another department's measure lies outside its scope").isEqualTo(404);
		long request = f.api.post("/api/v1/measures/{id}/closures", Map.of("summary", "管理员代为申请"), measureId).id();
		var own = f.api.post("/api/v1/closures/{id}/review", Map.of("approve", true, "version", 0), request);
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.json().get("detail").asString()).contains("自己");
		assertThat(department.post("/api/v1/closures/{id}/review", Map.of("approve", true, "version", 0), request).status())
			.isEqualTo(403);
		assertThat(office.post("/api/v1/closures/{id}/approval", Map.of("approve", true, "version", 0), request).status())
			.as("the leader's step cannot be taken before the office's").isEqualTo(403);
		office.post("/api/v1/closures/{id}/review", Map.of("approve", true, "version", 0), request);
		assertThat(otherLeader.post("/api/v1/closures/{id}/approval", Map.of("approve", true, "version", 1), request)
			.status()).as("a leader not answerable for the measure does not see the request").isEqualTo(404);
		var twice = office.post("/api/v1/closures/{id}/review", Map.of("approve", true, "version", 1), request);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void aReturnNeedsAReason() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		var department = f.account("DEPARTMENT", f.officeId, null);
		long measureId = completedWithEvidence(f, department);
		long request = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "完成"), measureId).id();

		var response = office.post("/api/v1/closures/{id}/review", Map.of("approve", false, "version", 0), request);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
	}

	@Test
	void twoReviewersAtOnceOneWinsTheOtherIsTold() throws Exception {
		var f = fixture();
		var department = f.account("DEPARTMENT", f.officeId, null);
		var first = f.account("OFFICE", null, null);
		var second = f.account("OFFICE", null, null);
		long measureId = completedWithEvidence(f, department);
		long request = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "完成"), measureId).id();

		var a = first.post("/api/v1/closures/{id}/review", Map.of("approve", true, "version", 0), request);
		var b = second.post("/api/v1/closures/{id}/review", Map.of("approve", false, "reason", "不同意", "version", 0),
				request);

		assertThat(a.status()).isEqualTo(200);
		assertThat(b.status()).isEqualTo(409);
		assertThat(f.api.get("/api/v1/measures/{id}/closures", measureId).json().get(0).get("status").asString())
			.isEqualTo("OFFICE_APPROVED");
	}

	@Test
	void aDeadlineIsExtendedOnlyByTheOfficeAndTheOriginalStaysOnRecord() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		var department = f.account("DEPARTMENT", f.officeId, null);
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		String later = TODAY.plusDays(40).toString();

		var request = department.post("/api/v1/measures/{id}/extensions", Map.of("toDeadline", later, "reason", "需要上级批复"),
				measureId);
		assertThat(request.status()).as(request.toString()).isEqualTo(201);
		assertThat(department.post("/api/v1/measures/{id}/extensions", Map.of("toDeadline", later, "reason", "再次"),
				measureId).status()).as("one pending request at a time").isEqualTo(409);
		assertThat(department.post("/api/v1/extensions/{id}/decision", Map.of("approve", true, "version", 0),
				request.id()).status()).isEqualTo(403);

		var decided = office.post("/api/v1/extensions/{id}/decision", Map.of("approve", true, "version", 0), request.id());

		assertThat(decided.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(decided.json().get("fromDeadline").asString()).isEqualTo(TODAY.plusDays(10).toString());
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("deadline").asString()).isEqualTo(later);
	}

	@Test
	void anEscalatedMeasureStaysOpenAndMarked() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		long measureId = f.measure("新建校舍", f.officeId, -5);

		var escalated = office.post("/api/v1/measures/{id}/escalation", Map.of("reason", "需区政府统筹用地"), measureId);

		assertThat(escalated.json().get("escalationReason").asString()).isEqualTo("需区政府统筹用地");
		assertThat(escalated.json().get("overdue").asBoolean()).isTrue();
		assertThat(escalated.json().get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(office.post("/api/v1/measures/{id}/escalation", Map.of("reason", "再次"), measureId).status())
			.isEqualTo(409);
	}

	private static long completedWithEvidence(LedgerFixture f, Api department) {
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		department.postProgressWithFiles(measureId, Map.of("text", "议事规则已印发", "phrase", "COMPLETED"),
				Map.of("议事规则.txt", "第一条".getBytes()));
		return measureId;
	}
}
