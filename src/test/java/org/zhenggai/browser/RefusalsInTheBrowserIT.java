package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhenggai.support.LedgerFixture;

/**
 * What a person sees when the application says no: the reason in Chinese where the mistake is,
 * everything else they typed still there, and nothing half-saved.
 */
class RefusalsInTheBrowserIT extends BrowserTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	/** The evidence limit of the test profile: zhenggai.evidence.max-file-size=1MB. */
	private static final long ONE_MEGABYTE = 1024 * 1024;

	@TempDir
	Path desk;

	@Test
	void aMeasureWithoutTextIsRefusedBesideTheTextAndKeepsTheRest() {
		// given the office on the new-measure form of a problem
		var unit = fixture();
		logInAsAdministrator();
		browser.open("/problems/" + unit.problemId + "/measures/new");

		// when everything but the measure's text is filled in and saved
		browser.choose("#kind", "限期整改");
		browser.date("#deadline", TODAY.plusDays(20));
		browser.type("#target", "会议记录规范完整");
		browser.choose("#leadDepartmentId", "基础教育科");
		browser.choose("#assistingDepartmentIds", "办公室");
		browser.choose("#responsiblePersonId", "王科长（科长）");
		browser.submit("#save-measure");
		browser.screenshot("measure-without-text");

		// then the text is marked with the reason, and the rest is as it was typed
		assertThat(browser.errorBeside("#text")).isEqualTo("不能为空");
		assertThat(browser.value("#deadline")).isEqualTo(TODAY.plusDays(20).toString());
		assertThat(browser.value("#target")).isEqualTo("会议记录规范完整");
		assertThat(browser.chosen("#kind")).containsExactly("限期整改");
		assertThat(browser.chosen("#leadDepartmentId")).containsExactly("基础教育科");
		assertThat(browser.chosen("#assistingDepartmentIds")).containsExactly("办公室");
		assertThat(browser.chosen("#responsiblePersonId")).containsExactly("王科长（科长）");
		assertThat(measureCount(unit)).isZero();
	}

	@Test
	void aMeasureByDeadlineWithoutADeadlineIsRefusedBesideTheDeadline() {
		// given the office on the new-measure form of a problem
		var unit = fixture();
		logInAsAdministrator();
		browser.open("/problems/" + unit.problemId + "/measures/new");

		// when a 限期整改 measure is saved without its deadline
		browser.type("#text", "开展会议记录专项检查");
		browser.choose("#kind", "限期整改");
		browser.type("#target", "会议记录规范完整");
		browser.choose("#leadDepartmentId", "办公室");
		browser.choose("#responsiblePersonId", "王科长（科长）");
		browser.submit("#save-measure");
		browser.screenshot("measure-without-deadline");

		// then the deadline is marked with the rule, and the text and the rest are kept
		assertThat(browser.errorBeside("#deadline")).isEqualTo("限期整改的措施必须填写完成时限");
		assertThat(browser.value("#text")).isEqualTo("开展会议记录专项检查");
		assertThat(browser.value("#target")).isEqualTo("会议记录规范完整");
		assertThat(browser.chosen("#leadDepartmentId")).containsExactly("办公室");
		assertThat(browser.chosen("#responsiblePersonId")).containsExactly("王科长（科长）");
		assertThat(measureCount(unit)).isZero();

		// and once the deadline is given, the same form saves
		browser.date("#deadline", TODAY.plusDays(20));
		browser.submit("#save-measure");
		assertThat(browser.path()).isEqualTo("/rounds/" + unit.roundId + "/setup#problem-" + unit.problemId);
		assertThat(browser.text("#problem-" + unit.problemId)).contains("开展会议记录专项检查");
		assertThat(measureCount(unit)).isEqualTo(1);
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithTheReasonAndTheReportKept() {
		// given a department on the report form of a measure, with a file just over 1 MB
		var unit = fixture();
		long measureId = unit.measure("修订党组会议记录规范", unit.officeId, 10);
		Path scan = Attachments.larger(desk, "会议记录扫描件.pdf", ONE_MEGABYTE);
		logInAsAdministrator();
		browser.open("/measures/" + measureId + "/progress/new");

		// when the report is sent with that file
		browser.choose("#phrase", "已完成整改");
		browser.type("#text", "已修订会议记录规范");
		browser.attach("#files", scan);
		browser.submit("#save-progress");
		browser.screenshot("file-too-large");

		// then the form comes back naming the file and the limit, with the report as typed
		assertThat(browser.text(".alert-danger")).isEqualTo("文件“会议记录扫描件.pdf”超过 1 MB 的大小限制");
		assertThat(browser.find(".zg-dropzone").getDomAttribute("class")).contains("border-danger");
		assertThat(browser.value("#text")).isEqualTo("已修订会议记录规范");
		assertThat(browser.chosen("#phrase")).containsExactly("已完成整改");
		assertThat(reportCount(unit, measureId)).isZero();
	}

	@Test
	void aProgramIsRefusedAsEvidenceWhateverItsName() {
		// given a department on the report form of a measure, with a program named like a photo
		var unit = fixture();
		long measureId = unit.measure("修订党组会议记录规范", unit.officeId, 10);
		Path program = Attachments.program(desk, "会议照片.jpg");
		logInAsAdministrator();
		browser.open("/measures/" + measureId + "/progress/new");

		// when the report is sent with it
		browser.choose("#phrase", "正在整改");
		browser.type("#text", "正在修订会议记录规范");
		browser.attach("#files", program);
		browser.submit("#save-progress");
		browser.screenshot("program-as-evidence");

		// then the form says it is a program, keeps the report, and nothing is recorded
		assertThat(browser.text(".alert-danger")).isEqualTo("文件“会议照片.jpg”是可执行程序或脚本，不能作为佐证材料上传");
		assertThat(browser.value("#text")).isEqualTo("正在修订会议记录规范");
		assertThat(browser.chosen("#phrase")).containsExactly("正在整改");
		assertThat(reportCount(unit, measureId)).isZero();
	}

	@Test
	void anEditOfAMeasureChangedMeanwhileShowsTheNewerVersionAndOverwritesNothing() {
		// given the office editing a measure in the browser
		var unit = fixture();
		long measureId = unit.measure("修订党组会议记录规范", unit.officeId, 10);
		logInAsAdministrator();
		browser.open("/problems/" + unit.problemId);
		browser.submit("#edit-" + measureId);
		browser.type("#text", "修订党组会议记录规范（办公室版）");

		// when someone else changes the measure before the office saves
		var meanwhile = unit.api.patch("/api/v1/measures/{id}", Map.of("version", 0, "text", "修订党组会议记录规范（领导批示版）"),
				measureId);
		assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);
		browser.submit("#save-measure");
		browser.screenshot("stale-edit");

		// then the page shows the newer version, keeps the office's text, and the newer version stands
		assertThat(browser.find("#stale").isDisplayed()).isTrue();
		assertThat(browser.text("#stale")).contains("该措施已被他人修改", "修订党组会议记录规范（领导批示版）");
		assertThat(browser.value("#text")).isEqualTo("修订党组会议记录规范（办公室版）");
		assertThat(measureText(unit, measureId)).isEqualTo("修订党组会议记录规范（领导批示版）");

		// and saving again, now knowingly, puts the office's text over the newer version
		browser.submit("#save-measure");
		assertThat(browser.path()).isEqualTo("/problems/" + unit.problemId + "#measure-" + measureId);
		assertThat(browser.text("#measure-" + measureId + " h2")).isEqualTo("（1）修订党组会议记录规范（办公室版）");
		assertThat(measureText(unit, measureId)).isEqualTo("修订党组会议记录规范（办公室版）");
		browser.screenshot("stale-edit-saved-again");
	}

	private static int measureCount(LedgerFixture unit) {
		return unit.api.get("/api/v1/problems/{id}", unit.problemId).json().get("measures").size();
	}

	private static int reportCount(LedgerFixture unit, long measureId) {
		return unit.api.get("/api/v1/measures/{id}/progress", measureId).json().size();
	}

	private static String measureText(LedgerFixture unit, long measureId) {
		return unit.api.get("/api/v1/measures/{id}", measureId).json().get("text").asString();
	}
}
