package org.zhenggai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhenggai.supervision.SupervisionService;
import org.zhenggai.supervision.WarningScan;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/**
 * A whole round through the API, from the feedback to every measure closed: with one return, one
 * overdue warning, one notice escalated, one failed spot check and one look-back that finds the
 * problem back. The counts the report quotes come from these records.
 */
class WholeRoundIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	WarningScan warnings;

	@Autowired
	SupervisionService supervision;

	@Test
	void aRoundIsRectifiedFromFeedbackToEveryMeasureClosed() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		var department = f.account("DEPARTMENT", f.officeId, null);
		var leader = f.account("LEADER", null, f.leaderId);
		long rules = f.measure("修订议事规则", f.officeId, 10);
		long minutes = f.measure("补齐会议记录要素", f.officeId, -2);
		department.post("/api/v1/measures/{id}/sign-off", Map.of(), rules);
		department.post("/api/v1/measures/{id}/sign-off", Map.of(), minutes);

		// the late measure is warned red, pressed with a notice nobody answers, which escalates
		warnings.scan(TODAY);
		assertThat(f.api.get("/api/v1/rounds/{id}/warnings", f.roundId).json().findValuesAsString("level"))
			.contains("RED");
		long notice = office.post("/api/v1/measures/{id}/notices",
				Map.of("demand", "请说明会议记录逾期原因", "replyDeadline", TODAY.toString()), minutes).id();
		supervision.escalateUnanswered(TODAY.plusDays(1));
		assertThat(f.api.get("/api/v1/measures/{id}/notices", minutes).json().get(0).get("status").asString())
			.isEqualTo("ESCALATED");
		assertThat(department.post("/api/v1/notices/{id}/reply", Map.of("text", "已补齐全部会议记录"), notice).status())
			.isEqualTo(200);

		// both measures are completed with evidence and closed; the first request is returned once
		completeAndClose(f, department, office, leader, rules, true);
		completeAndClose(f, department, office, leader, minutes, false);
		assertThat(f.api.get("/api/v1/problems/{id}", f.problemId).json().get("status").asString()).isEqualTo("CLOSED");

		// a spot check finds one closed measure not really done: it is reopened, then closed again
		long check = office.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1, "seed", 7), f.roundId).id();
		long sampled = f.api.get("/api/v1/spot-checks/{id}", check).json().get("items").get(0).get("measureId").asLong();
		office.post("/api/v1/spot-checks/{id}/results", Map.of("measureId", sampled, "result", "FAILED",
				"reason", "抽查发现执行记录缺失"), check);
		assertThat(f.api.get("/api/v1/measures/{id}", sampled).json().get("status").asString()).isEqualTo("IN_PROGRESS");
		completeAndClose(f, department, office, leader, sampled, false);
		assertThat(office.post("/api/v1/problems/{id}/closure", Map.of(), f.problemId).status()).isEqualTo(200);

		// the look-back finds the problem back: it is reopened with a new measure
		long lookBack = office.post("/api/v1/problems/{id}/look-backs", Map.of("dueOn", TODAY.toString()), f.problemId)
			.json().get(0).get("id").asLong();
		var rebound = office.post("/api/v1/look-backs/{id}/outcome",
				Map.of("outcome", "REBOUNDED", "finding", "新学期会议记录又不全", "deadline", TODAY.plusDays(30).toString()),
				lookBack);
		assertThat(rebound.status()).as(rebound.toString()).isEqualTo(200);
		assertThat(f.api.get("/api/v1/problems/{id}", f.problemId).json().get("status").asString())
			.isEqualTo("IN_PROGRESS");

		// and the figures a report quotes come straight from these records
		var ledger = f.api.get("/api/v1/rounds/{id}/ledger?status=CLOSED", f.roundId).json();
		assertThat(ledger.get("totalElements").asLong()).isEqualTo(2);
		assertThat(f.api.get("/api/v1/rounds/{id}/dispatch-summary", f.roundId).json().get("spotChecks").get("failed")
			.asLong()).isEqualTo(1);
	}

	private static void completeAndClose(LedgerFixture f, Api department, Api office, Api leader, long measureId,
			boolean returnOnce) {
		department.postProgressWithFiles(measureId, Map.of("text", "已完成并留存记录", "phrase", "COMPLETED"),
				Map.of("记录.txt", "记录".getBytes(StandardCharsets.UTF_8)));
		if (returnOnce) {
			long first = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "已完成"), measureId).id();
			office.post("/api/v1/closures/{id}/review", Map.of("approve", false, "reason", "缺少执行记录", "version", 0), first);
		}
		long request = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "已完成，附记录"), measureId).id();
		assertThat(office.post("/api/v1/closures/{id}/review", Map.of("approve", true, "version", 0), request).status())
			.isEqualTo(200);
		var approved = leader.post("/api/v1/closures/{id}/approval", Map.of("approve", true, "version", 1), request);
		assertThat(approved.json().get("status").asString()).as(approved.toString()).isEqualTo("CLOSED");
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("status").asString()).isEqualTo("CLOSED");
	}
}
