package org.zhenggai.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

import tools.jackson.databind.JsonNode;

/** Dispatch meetings: what they heard and decided reaches the measures, and each measure shows its meetings. */
class DispatchMeetingIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void aDecisionMovesTheDeadlineOfAMeasureHeardAndTheMeasureShowsTheMeeting() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		long measureId = f.measure("补齐会议记录要素", f.teachingId, 5);
		long meetingId = hold(f, office, measureId).id();

		var decided = office.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "NEW_DEADLINE",
				"text", "同意延至下月底完成", "measureId", measureId, "newDeadline", TODAY.plusDays(40).toString()), meetingId);

		assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
		var decision = decided.json().get("decisions").get(0);
		assertThat(decision.get("previousDeadline").asString()).isEqualTo(TODAY.plusDays(5).toString());
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("deadline").asString())
			.isEqualTo(TODAY.plusDays(40).toString());
		var meetings = f.api.get("/api/v1/measures/{id}/meetings", measureId).json();
		assertThat(meetings.size()).isEqualTo(1);
		assertThat(meetings.get(0).get("id").asLong()).isEqualTo(meetingId);
		assertThat(meetings.get(0).get("decisions").get(0).get("kind").asString()).isEqualTo("NEW_DEADLINE");
	}

	@Test
	void aFollowUpDecisionAddsAMeasureToTheSameProblemThatLinksBackToTheMeeting() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		long measureId = f.measure("补齐会议记录要素", f.teachingId, 5);
		long meetingId = hold(f, office, measureId).id();

		var decided = office.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "FOLLOW_UP",
				"text", "举一反三，全面排查", "measureId", measureId, "followUpText", "排查近三年全部会议记录",
				"followUpDeadline", TODAY.plusDays(20).toString()), meetingId);

		assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
		long followUpId = decided.json().get("decisions").get(0).get("followUpMeasureId").asLong();
		var followUp = f.api.get("/api/v1/measures/{id}", followUpId).json();
		assertThat(followUp.get("problemId").asLong()).isEqualTo(f.problemId);
		assertThat(followUp.get("text").asString()).isEqualTo("排查近三年全部会议记录");
		assertThat(followUp.get("leadDepartmentId").asLong()).as("the heard measure's department").isEqualTo(f.teachingId);
		assertThat(followUp.get("deadline").asString()).isEqualTo(TODAY.plusDays(20).toString());
		assertThat(f.api.get("/api/v1/measures/{id}/meetings", followUpId).json().get(0).get("id").asLong())
			.isEqualTo(meetingId);
		assertThat(f.api.get("/api/v1/measures/{id}/meetings", measureId).json().get(0).get("id").asLong())
			.isEqualTo(meetingId);
	}

	@Test
	void theRoundCountsItsMeetingsAndWhatTheyDecided() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		long first = f.measure("补齐会议记录要素", f.teachingId, 5);
		long second = f.measure("修订议事规则", f.officeId, 5);
		long meeting = hold(f, office, first, second).id();
		hold(f, office, first);
		office.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "NOTE", "text", "每周报送一次进展"), meeting);
		office.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "NEW_DEADLINE", "text", "延期",
				"measureId", second, "newDeadline", TODAY.plusDays(30).toString()), meeting);

		var summary = f.api.get("/api/v1/rounds/{id}/dispatch-summary", f.roundId).json().get("dispatch");

		assertThat(summary.get("meetingsHeld").asLong()).isEqualTo(2);
		assertThat(summary.get("measuresHeard").asLong()).isEqualTo(2);
		assertThat(summary.get("decisions").asLong()).isEqualTo(2);
		assertThat(summary.get("deadlinesMoved").asLong()).isEqualTo(1);
		assertThat(summary.get("followUpsCreated").asLong()).isZero();
		assertThat(f.api.get("/api/v1/rounds/{id}/dispatch-meetings", f.roundId).json().size()).isEqualTo(2);
	}

	@Test
	void onlyTheOfficeHoldsMeetingsAndBadInputIsNamed() {
		var f = fixture();
		var other = fixture();
		var department = f.account("DEPARTMENT", f.teachingId, null);
		long measureId = f.measure("补齐会议记录要素", f.teachingId, 5);
		long foreign = other.measure("别的轮次的措施", other.officeId, 5);

		assertThat(department.post("/api/v1/rounds/{id}/dispatch-meetings", meeting(f, TODAY, measureId), f.roundId)
			.status()).isEqualTo(403);
		var bad = f.api.post("/api/v1/rounds/{id}/dispatch-meetings", meeting(f, TODAY.plusDays(1), foreign), f.roundId);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad.json())).contains("heldOn", "measureIds[0]");
		var empty = f.api.post("/api/v1/rounds/{id}/dispatch-meetings", Map.of("heldOn", TODAY.toString(), "chairId",
				f.leaderId, "attendees", "", "measureIds", List.of()), f.roundId);
		assertThat(fields(empty.json())).contains("attendees", "measureIds");
		assertThat(f.api.get("/api/v1/rounds/{id}/dispatch-meetings", f.roundId).json().size()).isZero();
	}

	@Test
	void aDecisionMustConcernAMeasureHeardAndCannotMoveTheDeadlineOfDoneWork() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		long heard = f.measure("补齐会议记录要素", f.teachingId, 5);
		long notHeard = f.measure("修订议事规则", f.officeId, 5);
		f.api.post("/api/v1/measures/{id}/progress", Map.of("text", "已补齐", "phrase", "COMPLETED"), heard);
		long meetingId = hold(f, office, heard).id();

		var otherMeasure = office.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "NEW_DEADLINE",
				"text", "延期", "measureId", notHeard, "newDeadline", TODAY.plusDays(30).toString()), meetingId);
		var noDate = office.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "NEW_DEADLINE",
				"text", "延期", "measureId", heard), meetingId);
		var done = office.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "NEW_DEADLINE",
				"text", "延期", "measureId", heard, "newDeadline", TODAY.plusDays(30).toString()), meetingId);
		var beforeFeedback = office.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "FOLLOW_UP",
				"text", "补充", "measureId", heard, "followUpText", "再查一遍",
				"followUpDeadline", f.feedbackDate.minusDays(1).toString()), meetingId);

		assertThat(otherMeasure.status()).isEqualTo(400);
		assertThat(fields(otherMeasure.json())).containsExactly("measureId");
		assertThat(fields(noDate.json())).containsExactly("newDeadline");
		assertThat(done.status()).isEqualTo(409);
		assertThat(done.json().get("detail").asString()).contains("已完成");
		assertThat(beforeFeedback.status()).isEqualTo(400);
		assertThat(fields(beforeFeedback.json())).containsExactly("followUpDeadline");
		assertThat(f.api.get("/api/v1/dispatch-meetings/{id}", meetingId).json().get("decisions").size()).isZero();
		assertThat(f.api.get("/api/v1/problems/{id}", f.problemId).json().get("measures").size()).isEqualTo(2);
	}

	private static Api.Response hold(LedgerFixture f, Api office, long... measureIds) {
		var response = office.post("/api/v1/rounds/{id}/dispatch-meetings", meeting(f, TODAY, measureIds), f.roundId);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response;
	}

	private static Map<String, Object> meeting(LedgerFixture f, LocalDate heldOn, long... measureIds) {
		var body = new HashMap<String, Object>();
		body.put("heldOn", heldOn.toString());
		body.put("chairId", f.leaderId);
		body.put("attendees", "整改领导小组成员，各牵头科室负责人");
		body.put("measureIds", java.util.Arrays.stream(measureIds).boxed().toList());
		body.put("summary", "听取各科室整改进展汇报");
		return body;
	}

	static List<String> fields(JsonNode problem) {
		var names = new java.util.ArrayList<String>();
		problem.get("errors").forEach(e -> names.add(e.get("field").asString()));
		return names;
	}
}
