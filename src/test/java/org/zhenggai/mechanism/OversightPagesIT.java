package org.zhenggai.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/** The supervision pages (监督问责) render in Chinese with what the API recorded, and refuse whom they must. */
@AutoConfigureMockMvc
class OversightPagesIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageShowsWhatWasRecordedInChinese() throws Exception {
		var f = fixture();
		long measureId = f.measure("补齐会议记录要素", f.teachingId, 5);
		long meetingId = f.api.post("/api/v1/rounds/{id}/dispatch-meetings", Map.of("heldOn", TODAY.toString(),
				"chairId", f.leaderId, "attendees", "领导小组全体成员", "measureIds", List.of(measureId)), f.roundId).id();
		f.api.post("/api/v1/dispatch-meetings/{id}/decisions", Map.of("kind", "NEW_DEADLINE", "text", "同意延期",
				"measureId", measureId, "newDeadline", TODAY.plusDays(30).toString()), meetingId);
		f.api.post("/api/v1/measures/{id}/progress", Map.of("text", "已补齐", "phrase", "COMPLETED"), measureId);
		long checkId = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1, "seed", 7), f.roundId).id();
		var action = new HashMap<String, Object>(Map.of("kind", "SUMMONS", "takenOn", TODAY.toString(),
				"personId", f.staffId, "reason", "整改进度滞后"));
		f.api.post("/api/v1/rounds/{id}/accountability-actions", action, f.roundId);
		f.api.post("/api/v1/rounds/{id}/rules", Map.of("title", "《会议记录管理办法》", "issuedOn", TODAY.toString(),
				"kind", "NEW", "problemIds", List.of(f.problemId)), f.roundId);
		f.api.post("/api/v1/rounds/{id}/clues", Map.of("receivedOn", TODAY.toString(), "source", "巡察组移交",
				"summary", "反映某科长违规问题"), f.roundId);

		assertThat(page("/rounds/{id}/dispatch", f.roundId)).contains("监督问责", "调度与抽查", "各措施调度情况",
				"补齐会议记录要素", "李局长", "随机抽查");
		var meeting = page("/dispatch-meetings/{id}", meetingId);
		assertThat(meeting).contains("调整完成时限", "同意延期", "领导小组全体成员");
		assertThat(after(meeting, "id=\"heard\"")).contains("补齐会议记录要素");
		assertThat(page("/spot-checks/{id}", checkId)).contains("抽查样本", "补齐会议记录要素", "登记结果")
			.contains("从 1 项已完成或已销号的措施中抽取 1 项");
		var accountability = page("/rounds/{id}/accountability", f.roundId);
		assertThat(accountability).contains("约谈", "王科长", "整改进度滞后", "提醒谈话");
		assertThat(after(accountability, "id=\"count-SUMMONS\"")).containsPattern(">1</div><div class=\"zg-label\">约谈<");
		var mechanism = page("/rounds/{id}/mechanism", f.roundId);
		assertThat(mechanism).contains("建章立制", "回头看", "屡改屡犯", "新建");
		assertThat(after(mechanism, "《会议记录管理办法》")).contains("会议记录不规范问题");
		assertThat(page("/problems/{id}/recurrence", f.problemId)).contains("相似问题");
		assertThat(page("/rounds/{id}/register", f.roundId)).contains("问题线索", "反映某科长违规问题", "信访件");
		assertThat(page("/rounds/{id}/dispatch?lang=en", f.roundId)).contains("Dispatch meetings");
	}

	@Test
	void theRegisterPageIsForbiddenToTheOfficeAndItsTabHidden() throws Exception {
		var f = fixture();
		var office = user(account(f, "OFFICE")).roles("OFFICE");

		var register = mvc.perform(get("/rounds/{id}/register", f.roundId).with(office)).andReturn();
		var posted = mvc.perform(post("/rounds/{id}/clues", f.roundId).with(office).with(csrf())
			.param("receivedOn", TODAY.toString()).param("source", "来电").param("summary", "举报")).andReturn();
		var dispatch = mvc.perform(get("/rounds/{id}/dispatch", f.roundId).with(office)).andReturn();

		assertThat(register.getResponse().getStatus()).isEqualTo(403);
		assertThat(body(register)).contains("无权访问").doesNotContain("问题线索");
		assertThat(posted.getResponse().getStatus()).isEqualTo(403);
		assertThat(body(dispatch)).contains("调度与抽查").doesNotContain("/register");
	}

	@Test
	void aMeetingWithoutMeasuresIsRefusedBesideTheField() throws Exception {
		var f = fixture();

		var result = mvc.perform(post("/rounds/{id}/dispatch-meetings", f.roundId).with(ADMIN).with(csrf())
			.param("heldOn", TODAY.toString()).param("chairId", "" + f.leaderId).param("attendees", "全体成员"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains("至少选择一项").contains("value=\"全体成员\"");
		assertThat(f.api.get("/api/v1/rounds/{id}/dispatch-meetings", f.roundId).json().size()).isZero();
	}

	@Test
	void aFailedResultPostedOnThePageReopensTheMeasure() throws Exception {
		var f = fixture();
		long measureId = f.measure("补齐会议记录要素", f.teachingId, 5);
		f.api.post("/api/v1/measures/{id}/progress", Map.of("text", "已补齐", "phrase", "COMPLETED"), measureId);
		long checkId = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1), f.roundId).id();

		var noReason = mvc.perform(post("/spot-checks/{id}/results", checkId).with(ADMIN).with(csrf())
			.param("measureId", "" + measureId).param("result", "FAILED")).andReturn();
		var failed = mvc.perform(post("/spot-checks/{id}/results", checkId).with(ADMIN).with(csrf())
			.param("measureId", "" + measureId).param("result", "FAILED").param("reason", "记录仍不完整")).andReturn();

		assertThat(noReason.getFlashMap().get("refusal")).isEqualTo("请填写理由");
		assertThat(failed.getResponse().getStatus()).isEqualTo(302);
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void theDueLookBacksOfEveryRoundAreListedAndRecordedOnThePage() throws Exception {
		var f = fixture();
		var work = new ClosedWork(f);
		long problemId = work.closedProblem();
		long lookBackId = work.office.post("/api/v1/problems/{id}/look-backs", Map.of("dueOn", TODAY.toString()),
				problemId).json().get(0).get("id").asLong();

		assertThat(page("/look-backs/due")).contains("各轮次到期待查的回头看", "look-back-" + lookBackId, "会议记录不规范问题");
		assertThat(after(page("/rounds/{id}/mechanism", f.roundId), "id=\"due-look-backs\"")).contains("会议记录不规范问题");
		var held = mvc.perform(post("/look-backs/{id}/outcome", lookBackId).with(ADMIN).with(csrf())
			.param("outcome", "HELD")).andReturn();

		assertThat(held.getResponse().getRedirectedUrl()).endsWith("/rounds/" + f.roundId + "/mechanism#look-back-" + lookBackId);
		assertThat(f.api.get("/api/v1/look-backs/{id}", lookBackId).json().get("outcome").asString()).isEqualTo("HELD");
		assertThat(page("/look-backs/due")).doesNotContain("look-back-" + lookBackId);
	}

	private String page(String path, Object... variables) throws Exception {
		var result = mvc.perform(get(path, variables).with(ADMIN)).andReturn();
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		return body(result);
	}

	/** What follows a marker on the page, to check that something stands where it belongs. */
	private static String after(String page, String marker) {
		int start = page.indexOf(marker);
		assertThat(start).as(marker).isNotNegative();
		return page.substring(start, Math.min(page.length(), start + 800));
	}

	private static String account(LedgerFixture f, String role) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		var body = new HashMap<String, Object>();
		body.put("username", username);
		body.put("displayName", username);
		body.put("role", role);
		body.put("password", "Pass#word2026");
		LedgerFixture.createAccount(f.api, f.unitId, body);
		return username;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
