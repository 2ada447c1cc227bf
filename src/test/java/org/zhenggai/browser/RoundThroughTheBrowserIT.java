package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way through, as an inspection office and a department go it: record a round, enter the
 * feedback and the measures, report progress with evidence, and read the ledger, which tells what
 * is done and who is late.
 */
class RoundThroughTheBrowserIT extends BrowserTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	/** The ledger's colours, as painted: --zg-done and --zg-overdue of zhenggai.css. */
	private static final String GREEN = "rgb(223, 243, 228)";
	private static final String RED = "rgb(253, 226, 225)";

	@TempDir
	Path desk;

	@Test
	void anOfficeRunsARoundThroughTheBrowser() throws IOException {
		// given a unit with 办公室 and 基础教育科, leader 李局长 and staff 王科长, and a photo on the desk
		var unit = fixture();
		Path photo = Attachments.png(desk, "会议记录整改照片.png");

		// when the office logs in
		browser.open("/login");
		browser.screenshot("login");
		logInAsAdministrator();
		browser.screenshot("rounds");

		// and records a round fed back two months ago
		browser.submit("#new-round");
		browser.type("#name", "2026年区委第三轮巡察");
		browser.choose("#kind", "常规巡察");
		browser.find("#unitId option[value='" + unit.unitId + "']").click();
		browser.type("#inspectingBody", "区委");
		browser.type("#inspectionGroup", "区委第三巡察组");
		browser.date("#stationingStart", TODAY.minusDays(150));
		browser.date("#stationingEnd", TODAY.minusDays(90));
		browser.date("#feedbackDate", TODAY.minusDays(60));
		browser.date("#rectificationDeadline", TODAY.plusDays(30));
		browser.type("#planDocumentNumber", "测教党〔2026〕12号");
		browser.screenshot("new-round");
		browser.submit("#save-round");

		// then the round's set-up page opens
		assertThat(browser.path()).matches("/rounds/\\d+/setup");
		long roundId = Long.parseLong(browser.path().split("/")[2]);
		browser.screenshot("setup-empty");

		// when the office enters a category
		browser.type("#category-title", "落实全面从严治党主体责任不到位方面");
		browser.submit("#save-category");
		long categoryId = browser.idInFragment();

		// and a problem with its leader, lead department and two manifestations
		browser.submit("#add-problem-" + categoryId);
		browser.type("#title", "党组会议记录不规范问题");
		browser.choose("#responsibleLeaderId", "李局长（副局长）");
		browser.choose("#leadDepartmentId", "办公室");
		browser.type("#manifestations", "党组会议记录要素不全\n部分议题未记录表决情况");
		browser.type("#causeAnalysis", "对会议记录工作重视不够");
		browser.screenshot("new-problem");
		browser.submit("#save-problem");
		long problemId = browser.idOf("div[id^='problem-']", "党组会议记录不规范问题");
		assertThat(browser.text("#problem-" + problemId)).contains("责任领导：李局长", "牵头科室：办公室", "具体表现 2 条");

		// and two measures: one due in ten days led by 办公室, one three days late led by 基础教育科
		addMeasure(problemId, "修订党组会议记录规范，补齐缺失要素", TODAY.plusDays(10), "办公室");
		browser.screenshot("new-measure");
		browser.submit("#save-measure");
		addMeasure(problemId, "开展会议记录专项检查", TODAY.minusDays(3), "基础教育科");
		browser.submit("#save-measure");
		long onTime = browser.idOf("tr[id^='setup-measure-']", "修订党组会议记录规范");
		long late = browser.idOf("tr[id^='setup-measure-']", "开展会议记录专项检查");
		assertThat(browser.text("#setup-measure-" + late)).contains("基础教育科", "王科长");
		browser.screenshot("setup-done");

		// and 办公室 reports the first measure done, with the photo as evidence
		browser.open("/problems/" + problemId);
		browser.submit("#report-" + onTime);
		browser.choose("#phrase", "已完成整改");
		browser.type("#text", "已修订会议记录规范并补齐2025年以来的会议记录");
		browser.attach("#files", photo);
		browser.screenshot("report-progress");
		browser.submit("#save-progress");

		// then the problem page shows the report, with the photo to preview and to download
		assertThat(browser.path()).isEqualTo("/problems/" + problemId + "#measure-" + onTime);
		assertThat(browser.text(".zg-flash")).isEqualTo("进展已报送");
		assertThat(browser.text("#measure-" + onTime)).contains("已完成整改", "已修订会议记录规范");
		browser.waitUntil("the evidence preview to load",
				() -> (Long) browser.script("return document.querySelector('img.zg-evidence-preview').naturalWidth") > 0);
		browser.screenshot("problem-with-evidence");
		Path downloaded = browser.download("#measure-" + onTime + " a.zg-evidence-download");
		assertThat(downloaded.getFileName().toString()).isEqualTo("会议记录整改照片.png");
		assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(photo));

		// and the ledger shows the reported measure in green and the late one in red
		browser.open("/rounds/" + roundId + "/ledger");
		assertThat(browser.text("#ledger-count")).isEqualTo("共 2 项整改措施");
		assertThat(browser.find("#row-" + onTime).getDomAttribute("class")).isEqualTo("zg-tone-COMPLETED");
		assertThat(browser.text("#row-" + onTime)).contains("已修订会议记录规范并补齐2025年以来的会议记录", "已完成整改");
		assertThat(browser.style("#row-" + onTime + " td.zg-tone", "background-color")).isEqualTo(GREEN);
		assertThat(browser.find("#row-" + late).getDomAttribute("class")).isEqualTo("zg-tone-OVERDUE");
		assertThat(browser.find("#row-" + late).getDomAttribute("data-tone")).isEqualTo("OVERDUE");
		assertThat(browser.text("#row-" + late + " .zg-badge-OVERDUE")).isEqualTo("逾期");
		assertThat(browser.style("#row-" + late + " td.zg-tone", "background-color")).isEqualTo(RED);
		browser.screenshot("ledger");

		// when the ledger is filtered by 基础教育科
		browser.afterSwapOf("#ledger-results", () -> browser.choose("#departmentId", "基础教育科"));

		// then only the late measure is left, and the address keeps the filter
		assertThat(browser.text("#ledger-count")).isEqualTo("共 1 项整改措施");
		assertThat(browser.has("#row-" + late)).isTrue();
		assertThat(browser.has("#row-" + onTime)).isFalse();
		assertThat(browser.path()).contains("departmentId=" + unit.teachingId);
		browser.screenshot("ledger-filtered");
		assertThat(browser.errors()).isEmpty();

		// when the office logs out, it lands on the login page
		browser.logOut();
		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(browser.text(".alert-info")).isEqualTo("您已安全退出");
		browser.screenshot("logged-out");
	}

	/** Opens the measure form of a problem and fills it in, leaving the saving to the test. */
	private void addMeasure(long problemId, String text, LocalDate deadline, String leadDepartment) {
		browser.submit("#add-measure-" + problemId);
		browser.type("#text", text);
		browser.choose("#kind", "限期整改");
		browser.date("#deadline", deadline);
		browser.type("#target", "会议记录规范完整");
		browser.choose("#responsibleLeaderId", "李局长");
		browser.choose("#leadDepartmentId", leadDepartment);
		browser.choose("#responsiblePersonId", "王科长（科长）");
	}
}
