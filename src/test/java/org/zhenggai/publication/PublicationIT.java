package org.zhenggai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/**
 * The public report from draft to publication, frozen once published and corrected by a new
 * edition; opinions from the public with their receipts, refusals and rate limit.
 */
class PublicationIT extends IntegrationTest {

	@Autowired
	RobotCheck robots;

	@Autowired
	OpinionService opinions;

	@Autowired
	JdbcClient jdbc;

	/** A ledger with one measure, its report prepared by the office, approved by the leader, published. */
	record Published(LedgerFixture fixture, Api office, Api leader, String number, long id) {
	}

	Published published(String measureText) {
		var f = fixture();
		f.measure(measureText, f.officeId, 30);
		var office = f.account("OFFICE", null, null);
		var leader = f.account("LEADER", null, f.leaderId);
		var draft = office.post("/api/v1/rounds/{id}/publications", Map.of(), f.roundId);
		assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
		long id = draft.id();
		var approved = leader.post("/api/v1/publications/{id}/approval", Map.of("version", draft.json().get("version").asInt()), id);
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		var published = office.post("/api/v1/publications/{id}/publish", Map.of(), id);
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
		return new Published(f, office, leader, published.json().get("number").asString(), id);
	}

	@Test
	void aReportIsApprovedByALeaderBeforeItIsPublishedAndFrozenAfter() {
		// given a draft prepared by the office
		var f = fixture();
		f.measure("修订会议记录制度", f.officeId, 30);
		var office = f.account("OFFICE", null, null);
		var leader = f.account("LEADER", null, f.leaderId);
		var draft = office.post("/api/v1/rounds/{id}/publications", Map.of(), f.roundId);
		long id = draft.id();
		String number = draft.json().get("number").asString();
		assertThat(draft.json().get("body").asString()).contains("关于巡察整改情况的通报", "修订会议记录制度");

		// then it cannot be published before approval, nor approved by the office, nor seen by the public
		assertThat(office.post("/api/v1/publications/{id}/publish", Map.of(), id).status()).isEqualTo(409);
		assertThat(office.post("/api/v1/publications/{id}/approval", Map.of(), id).status()).isEqualTo(403);
		var visitor = new PublicVisitor(port);
		assertThat(visitor.get("/public/reports/" + number).status()).isEqualTo(404);
		assertThat(visitor.get("/public/reports/" + number + "/docx").status()).isEqualTo(404);

		// when the office edits it, the leader approves and the office publishes it
		String edited = draft.json().get("body").asString().replace("修订会议记录制度", "修订会议记录制度并培训记录人员");
		assertThat(office.post("/api/v1/publications/{id}/text", Map.of("text", edited), id).status()).isEqualTo(200);
		assertThat(leader.post("/api/v1/publications/{id}/approval", Map.of(), id).status()).isEqualTo(200);
		var published = office.post("/api/v1/publications/{id}/publish", Map.of(), id);

		// then the public reads the edited words, with its .docx and PDF
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		var page = visitor.get("/public/reports/" + number);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("修订会议记录制度并培训记录人员");
		var docx = visitor.get("/public/reports/" + number + "/docx");
		assertThat(docx.status()).isEqualTo(200);
		assertThat(docx.contentType()).contains("wordprocessingml");

		// and it is frozen: no edit, and a later change of the ledger leaves it as it was
		assertThat(office.post("/api/v1/publications/{id}/text", Map.of("text", edited + "补充"), id).status()).isEqualTo(409);
		f.measure("后来增加的措施", f.officeId, 40);
		assertThat(visitor.get("/public/reports/" + number).body()).doesNotContain("后来增加的措施");
	}

	@Test
	void aCorrectionIsANewEditionAndBothStayPublicWithTheirDates() {
		// given a published report
		var p = published("建立会议记录抽查制度");

		// when the office corrects it from the published words and publishes the new edition
		var second = p.office().post("/api/v1/rounds/{id}/publications", Map.of("fromPublished", true), p.fixture().roundId);
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		assertThat(second.json().get("edition").asInt()).isEqualTo(2);
		String corrected = second.json().get("body").asString().replace("建立会议记录抽查制度", "建立会议记录季度抽查制度");
		p.office().post("/api/v1/publications/{id}/text", Map.of("text", corrected), second.id());
		p.leader().post("/api/v1/publications/{id}/approval", Map.of(), second.id());
		p.office().post("/api/v1/publications/{id}/publish", Map.of(), second.id());
		String secondNumber = second.json().get("number").asString();

		// then both editions are public, the first one marked as corrected
		var visitor = new PublicVisitor(port);
		var first = visitor.get("/public/reports/" + p.number());
		assertThat(first.body()).contains("建立会议记录抽查制度", "本版本已被更正", "/public/reports/" + secondNumber);
		assertThat(visitor.get("/public/reports/" + secondNumber).body()).contains("建立会议记录季度抽查制度", "第2版");
	}

	@Test
	void anOpinionGetsAReceiptUnderWhichItsHandlingAndTheReplyCanBeRead() {
		// given a published report
		var p = published("规范会议记录");
		var visitor = new PublicVisitor(port);

		// when someone sends an opinion without name or contact
		var sent = visitor.sendOpinion(p.number(), Map.of("text", "会议记录仍然不全，希望加强检查。"), null);

		// then the answer leads to the status page under a receipt number
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		String receipt = sent.location().replaceAll(".*/public/opinions/([A-Z0-9-]+).*", "$1");
		assertThat(receipt).matches("YJ-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
		var status = visitor.get("/public/opinions/" + receipt);
		assertThat(status.body()).contains(receipt, "已收到");

		// when the office assigns, replies and marks it handled
		var inbox = p.office().get("/api/v1/opinions?status=RECEIVED");
		long id = inbox.json().findValues("opinion").stream()
			.filter(o -> o.get("receipt").asString().equals(receipt)).findFirst().orElseThrow().get("id").asLong();
		assertThat(p.office().post("/api/v1/opinions/{id}/assignment", Map.of("departmentId", p.fixture().officeId), id)
			.status()).isEqualTo(200);
		assertThat(p.office().post("/api/v1/opinions/{id}/handled", Map.of(), id).status()).isEqualTo(409);
		assertThat(p.office().post("/api/v1/opinions/{id}/reply", Map.of("reply", "已组织专项检查，并通报结果。"), id)
			.status()).isEqualTo(200);
		assertThat(p.office().post("/api/v1/opinions/{id}/handled", Map.of(), id).status()).isEqualTo(200);

		// then the sender reads the status and the reply, and the office counts it per report
		var handled = visitor.get("/public/opinions/" + receipt.toLowerCase());
		assertThat(handled.body()).contains("已办结", "已组织专项检查，并通报结果。");
		var counts = p.office().get("/api/v1/opinions/counts").json();
		assertThat(counts.findValues("publicReportId").stream().map(n -> n.asLong()).toList()).contains(p.id());
		// and a department of the unit may not read the inbox at all
		assertThat(p.fixture().account("DEPARTMENT", p.fixture().teachingId, null).get("/api/v1/opinions").status())
			.isEqualTo(403);
	}

	@Test
	void linkingAnOpinionToACompletedMeasureCanReopenIt() {
		// given a published report whose measure is reported completed, and an opinion saying it is not
		var f = fixture();
		long measure = f.measure("公开会议记录抽查结果", f.officeId, 30);
		assertThat(admin().post("/api/v1/measures/{id}/progress", Map.of("text", "已公开", "phrase", "COMPLETED"), measure)
			.status()).isEqualTo(201);
		var office = f.account("OFFICE", null, null);
		var leader = f.account("LEADER", null, f.leaderId);
		long report = office.post("/api/v1/rounds/{id}/publications", Map.of(), f.roundId).id();
		leader.post("/api/v1/publications/{id}/approval", Map.of(), report);
		String number = office.post("/api/v1/publications/{id}/publish", Map.of(), report).json().get("number").asString();
		String receipt = opinions.submit(number, answered("抽查结果并没有公开"), "192.0.2.44");
		long id = jdbc.sql("select id from public_opinion where receipt = :r").param("r", receipt).query(Long.class).single();
		assertThat(admin().get("/api/v1/measures/{id}", measure).json().get("status").asString()).isEqualTo("COMPLETED");

		// when the office links the opinion to the measure and reopens it
		var linked = office.post("/api/v1/opinions/{id}/link", Map.of("measureId", measure, "reopen", true), id);

		// then the opinion names the measure and its problem, and the measure is open again with the reason
		assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
		assertThat(linked.json().get("measureId").asLong()).isEqualTo(measure);
		assertThat(linked.json().get("problemId").asLong()).isEqualTo(f.problemId);
		assertThat(admin().get("/api/v1/measures/{id}", measure).json().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(admin().get("/api/v1/measures/{id}/progress", measure).json().get(0).get("text").asString())
			.contains(receipt);
		// and a measure of another unit cannot be linked
		var other = fixture();
		long foreign = other.measure("别的单位的措施", other.officeId, 30);
		assertThat(office.post("/api/v1/opinions/{id}/link", Map.of("measureId", foreign), id).status()).isIn(400, 404);
	}

	@Test
	void emptyOverLongMarkedUpOrRobotOpinionsAreRefusedWithAChineseReason() {
		// given
		var p = published("完善记录模板");
		var visitor = new PublicVisitor(port);

		// then
		var empty = visitor.sendOpinion(p.number(), Map.of("text", "   "), null);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("请填写意见建议的内容");
		var tooLong = visitor.sendOpinion(p.number(), Map.of("text", "意".repeat(2001)), null);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("意见建议不能超过 2000 个字").doesNotContain("意".repeat(2001) + "</p>");
		var script = visitor.sendOpinion(p.number(), Map.of("text", "<script>alert(1)</script>"), null);
		assertThat(script.status()).isEqualTo(400);
		assertThat(script.body()).contains("不能包含网页代码或脚本").doesNotContain("<script>alert(1)</script>");
		var wrong = visitor.sendOpinion(p.number(), Map.of("text", "正常的意见"), "99");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("验证问题的答案不正确");
		var robot = visitor.sendOpinion(p.number(), Map.of("text", "正常的意见", "website", "http://spam.example"), null);
		assertThat(robot.status()).isEqualTo(400);
		// and nothing was stored, and no page showed a stack trace
		assertThat(jdbc.sql("select count(*) from public_opinion o join public_report r on r.id = o.public_report_id where r.number = :n")
			.param("n", p.number()).query(Long.class).single()).isZero();
		assertThat(List.of(empty, tooLong, script, wrong, robot)).allSatisfy(page -> assertThat(page.body())
			.doesNotContain("Exception", "at org.").contains("巡视巡察整改情况公开"));
	}

	@Test
	void oneAddressMaySendOnlySoManyOpinionsAnHour() {
		// given a published report and an address that has sent as many opinions as allowed
		var p = published("每月检查记录");
		String address = "203.0.113.7";
		int allowed = 5;
		for (int i = 0; i < allowed; i++) {
			opinions.submit(p.number(), answered("第" + i + "条意见"), address);
		}

		// when it sends one more
		// then it is refused with the reason, and another address is not affected
		assertThatThrownBy(() -> opinions.submit(p.number(), answered("再来一条"), address))
			.isInstanceOf(OpinionService.TooManyOpinionsException.class)
			.extracting(ex -> ((OpinionService.TooManyOpinionsException) ex).messageKey()).isEqualTo("step.opinion-flood");
		assertThat(opinions.submit(p.number(), answered("另一个地址的意见"), "198.51.100.9")).startsWith("YJ-");
	}

	@Test
	void unknownAndMalformedPublicAddressesAnswerAPublicNotFoundPage() {
		var visitor = new PublicVisitor(port);
		for (String path : List.of("/public/reports/nosuchreport", "/public/reports/1", "/public/units/zzzzzzzz",
				"/public/opinions/YJ-AAAA-BBBB-CCCC", "/public/units/%27or1=1/feed", "/public/reports/abc/pdf")) {
			var page = visitor.get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).doesNotContain("Exception", "at org.", "public_report");
		}
	}

	private OpinionForm answered(String text) {
		var question = robots.ask();
		return new OpinionForm(null, null, text, String.valueOf(PublicVisitor.answer("请回答：" + question.text())),
				question.token(), null);
	}
}
