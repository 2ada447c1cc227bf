package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A problem's page (一问一案): the problem, each measure with who answers for it, its progress, and the history. */
class ProblemPageIT extends BrowserTest {

	@Test
	void theProblemPageShowsEachMeasureWithItsResponsibilityProgressAndHistory() {
		// given a problem with seven measures, one reported done and one late
		var work = Workload.of(fixture());
		logInAsAdministrator();

		// when its page is opened
		browser.open("/problems/" + work.unit.problemId);
		browser.screenshot("problem");

		// then the problem is shown with its leader, department and manifestation, and as late
		assertThat(browser.text("#problem")).contains("会议记录不规范问题", "李局长", "办公室", "记录要素不全");
		assertThat(browser.text("#problem-status")).isEqualTo("正在整改 · 逾期");

		// and each measure with its responsibility, its status and its progress
		assertThat(browser.all("section[id^='measure-']")).hasSize(7);
		assertThat(browser.text("#measure-" + work.overdue)).contains("牵头科室：办公室", "责任人：王科长", "未开始 · 逾期",
				"尚未报送进展。");
		assertThat(browser.text("#measure-" + work.completed)).contains("已完成", "已完成整改", "已补齐全部缺失记录并经分管领导审核");
		assertThat(browser.text("#measure-" + work.ongoing)).contains("完成时限：长期坚持");

		// and the history names who created what
		List<String> history = browser.all("#audit-trail tbody tr").stream().map(r -> r.getText()).toList();
		assertThat(history).hasSize(8).allMatch(row -> row.contains("admin"));
		assertThat(history).filteredOn(row -> row.endsWith("新建整改措施")).hasSize(7);
		assertThat(history).last().asString().endsWith("新建问题");
		assertThat(browser.errors()).isEmpty();
	}

	@Test
	void theAssistingDepartmentsOfAMeasureAreNamed() {
		// given a measure led by 基础教育科 with 办公室 assisting
		var work = Workload.of(fixture());
		logInAsAdministrator();

		// when its problem's page is opened
		browser.open("/problems/" + work.unit.problemId);

		// then 办公室 is named as assisting
		assertThat(browser.text("#measure-" + work.assisted)).contains("配合科室：办公室").doesNotContain("null");
	}

	@Test
	void aMeasureWithoutAResponsiblePersonStillShowsOnItsPages() {
		// given the office adding a measure and leaving 责任人 unchosen, as the form allows
		var unit = fixture();
		logInAsAdministrator();
		browser.open("/problems/" + unit.problemId + "/measures/new");
		browser.type("#text", "开展会议记录专项检查");
		browser.date("#deadline", Workload.TODAY.plusDays(20));

		// when it is saved
		browser.submit("#save-measure");

		// then the set-up page lists it, and the problem page shows it with no person named
		assertThat(browser.text("#problem-" + unit.problemId)).contains("开展会议记录专项检查");
		browser.open("/problems/" + unit.problemId);
		assertThat(browser.text("section[id^='measure-']")).contains("开展会议记录专项检查", "责任人：—");
	}
}
