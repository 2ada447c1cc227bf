package org.zhenggai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhenggai.support.IntegrationTest;

/** The pages' error paths: each bad input is shown beside its field in Chinese, and what was typed is kept. */
@AutoConfigureMockMvc
class WebPagesIT extends IntegrationTest {

	private static final RequestPostProcessor OFFICE = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Test
	void aPageNeedsALogin() throws Exception {
		var result = mvc.perform(get("/rounds")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aRoundFormWithBadInputShowsEachErrorAndKeepsWhatWasTyped() throws Exception {
		var f = fixture();

		var page = send(post("/rounds").param("name", "").param("kind", "REGULAR").param("unitId", "" + f.unitId)
			.param("inspectingBody", "区委").param("inspectionGroup", "区委第九巡察组")
			.param("stationingStart", "2024-03-01").param("stationingEnd", "2024-02-01"));

		assertThat(page).contains("不能为空").contains("区委第九巡察组");
		var second = send(post("/rounds").param("name", "第九轮").param("kind", "REGULAR").param("unitId", "" + f.unitId)
			.param("inspectingBody", "区委").param("inspectionGroup", "区委第九巡察组")
			.param("stationingStart", "2024-03-01").param("stationingEnd", "2024-02-01"));
		assertThat(second).contains("结束日期不能早于开始日期").contains("value=\"第九轮\"");
	}

	@Test
	void aMeasureByDeadlineWithoutOneIsRefusedOnTheForm() throws Exception {
		var f = fixture();

		var page = send(post("/problems/{id}/measures", f.problemId).param("text", "修订议事规则").param("kind", "BY_DEADLINE"));

		assertThat(page).contains("限期整改的措施必须填写完成时限").contains("修订议事规则");
		assertThat(f.api.get("/api/v1/problems/{id}", f.problemId).json().get("measures").size()).isZero();
	}

	@Test
	void aProgramUploadedAsEvidenceIsRefusedWithTheReason() throws Exception {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		var program = new MockMultipartFile("files", "照片.jpg", "image/jpeg", new byte[] { 'M', 'Z', 1, 2 });

		var page = send(multipart("/measures/{id}/progress", measureId).file(program).param("text", "已印发")
			.param("phrase", "COMPLETED").param("reportedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));

		assertThat(page).contains("可执行程序").contains("已印发");
		assertThat(f.api.get("/api/v1/measures/{id}/progress", measureId).json().size()).isZero();
	}

	@Test
	void aTooLargeUploadIsRefusedWithTheLimit() throws Exception {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		var large = new MockMultipartFile("files", "扫描件.pdf", "application/pdf", new byte[1024 * 1024 + 1]);

		var page = send(multipart("/measures/{id}/progress", measureId).file(large).param("text", "已印发")
			.param("phrase", "COMPLETED"));

		assertThat(page).contains("扫描件.pdf").contains("1 MB");
	}

	@Test
	void aStaleEditShowsTheNewerVersionAndOverwritesNothing() throws Exception {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		f.api.patch("/api/v1/measures/{id}", Map.of("version", 0, "text", "别人改过的措施"), measureId);

		var page = send(post("/measures/{id}/edit", measureId).param("version", "0").param("text", "我的修改")
			.param("kind", "BY_DEADLINE").param("deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString()));

		assertThat(page).contains("id=\"stale\"").contains("别人改过的措施").contains("我的修改");
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("text").asString()).isEqualTo("别人改过的措施");
	}

	@Test
	void somethingThatDoesNotExistIsA404PageInChinese() throws Exception {
		var result = mvc.perform(get("/problems/999999").with(OFFICE)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(body(result)).contains("页面不存在");
	}

	@Test
	void aFileThatIsNoDocumentIsRefusedOnTheImportPage() throws Exception {
		var f = fixture();
		var file = new MockMultipartFile("file", "照片.docx", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0 });

		var page = send(multipart("/rounds/{id}/import/preview", f.roundId).file(file));

		assertThat(page).contains("id=\"refusal\"").contains("照片.docx");
	}

	@Test
	void aDuplicateDepartmentIsNamedOnTheAdministrationPage() throws Exception {
		var f = fixture();

		var page = send(post("/admin/units/{id}/departments", f.unitId).param("name", "办公室"));

		assertThat(page).contains("本单位已有名为“办公室”的科室");
	}

	@Test
	void theLedgerPageFiltersByDepartment() throws Exception {
		var f = fixture();
		f.measure("修订议事规则", f.officeId, 10);
		long late = f.measure("补齐会议记录要素", f.teachingId, -3);

		var page = body(mvc.perform(get("/rounds/{id}/ledger", f.roundId).param("departmentId", "" + f.teachingId)
			.with(OFFICE)).andReturn());

		assertThat(page).contains("row-" + late).doesNotContain("修订议事规则").contains("zg-tone-OVERDUE");
	}

	private String send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		var result = mvc.perform(request.with(OFFICE).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		return body(result);
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
