package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.InspectionOffices;

/** The inspection office's overview in Chromium: units ranked, quiet units filtered, a rating, and a unit's ledger. */
class OfficeOverviewBrowserIT extends BrowserTest {

	@Test
	void theOfficeRanksItsUnitsRatesOneAndOpensAUnitsLedgerReadOnly() {
		// given an office over three units: 乙 all done, 甲 half done, 丙 nothing reported for 30 days
		var offices = new InspectionOffices(admin());
		long office = offices.unit("测试区委巡察办", null);
		long officeRound = offices.officeRound(office, "十三届区委第六轮巡察");
		long roundA = offices.round(offices.unit("甲局", office), officeRound, 60);
		long roundB = offices.round(offices.unit("乙局", office), officeRound, 60);
		long roundC = offices.round(offices.unit("丙局", office), officeRound, 40);
		long problemA = offices.problem(roundA, "会议记录不规范问题");
		offices.progress(offices.measure(problemA, 10), "COMPLETED", 3);
		offices.measure(problemA, -5);
		offices.progress(offices.measure(offices.problem(roundB, "财务管理不规范问题"), 10), "COMPLETED", 2);
		offices.measure(offices.problem(roundC, "选人用人不规范问题"), -1);
		String username = offices.account(office, "INSPECTION_OFFICE");
		browser.logIn(username, InspectionOffices.password());

		// when the office opens its round of inspections from the menu
		browser.submit("#nav-office");
		assertThat(browser.text("#office-rounds")).contains("十三届区委第六轮巡察" + offices.suffix);
		browser.submit("#office-round-" + officeRound + " a");
		browser.waitUntil("the chart to be drawn", () -> browser.all(".zg-chart canvas").size() == 1);
		browser.screenshot("office-overview");

		// then the units are ranked by completion, and the totals add up
		assertThat(rows("#ranking tbody tr td:nth-child(2)")).containsExactly("乙局" + offices.suffix,
				"甲局" + offices.suffix, "丙局" + offices.suffix);
		assertThat(browser.text("#completion-rate")).isEqualTo("50%");
		assertThat(browser.text("#overdue-rate")).isEqualTo("50%");
		assertThat(browser.text("#idle")).contains("丙局" + offices.suffix).doesNotContain("甲局");

		// when it pages the ranking two units at a time, the third unit is on the second page, ranked 3rd
		browser.open("/office-rounds/" + officeRound + "?size=2");
		assertThat(rows("#ranking tbody tr td:nth-child(2)")).containsExactly("乙局" + offices.suffix,
				"甲局" + offices.suffix);
		assertThat(browser.text("#ranking-pages")).contains("第 1 页，共 2 页");
		browser.open(browser.find("#ranking-next").getDomAttribute("href"));
		assertThat(rows("#ranking tbody tr td:nth-child(1)")).containsExactly("3");
		assertThat(rows("#ranking tbody tr td:nth-child(2)")).containsExactly("丙局" + offices.suffix);
		assertThat(browser.text("#completion-rate")).as("the totals stay those of every unit").isEqualTo("50%");
		assertThat(browser.has("#ranking-next")).isFalse();
		browser.open(browser.find("#ranking-previous").getDomAttribute("href"));
		assertThat(rows("#ranking tbody tr")).hasSize(2);

		// when it asks for units quiet for more than 40 days (the filter's form sends idleDays), there are none
		assertThat(browser.has("#idle form input[name=idleDays]")).isTrue();
		browser.open("/office-rounds/" + officeRound + "?idleDays=40");
		assertThat(browser.find("#idleDays").getDomProperty("value")).isEqualTo("40");
		assertThat(browser.text("#idle")).contains("没有。");

		// when it rates 丙局 差 with a reason, 丙局 is proposed for a look-back
		browser.choose("#unit-" + roundC + " select[name=rating]", "差");
		browser.type("#unit-" + roundC + " input[name=reason]", "整改无进展");
		browser.submit("#unit-" + roundC + " button");
		assertThat(browser.text("#proposals")).contains("丙局" + offices.suffix, "整改无进展");
		assertThat(browser.text("#unit-" + roundC)).contains("差");
		browser.screenshot("rated");

		// and a unit's name opens its ledger, without the setup tab
		browser.submit("#unit-" + roundA + " a.zg-drill-down");
		assertThat(browser.path()).isEqualTo("/rounds/" + roundA + "/ledger");
		assertThat(browser.text("main")).contains("会议记录不规范问题");
		assertThat(browser.has("a[href$='/rounds/" + roundA + "/setup']")).isFalse();
		browser.screenshot("drill-down-ledger");
		assertThat(browser.errors()).isEmpty();
	}

	@Test
	void theOfficeRecordsARoundOfInspectionsAndTicksTwoUnitsIntoIt() {
		// given an office with two units whose rounds belong to no round of inspections yet
		var offices = new InspectionOffices(admin());
		long office = offices.unit("测试区委巡察办", null);
		long roundA = offices.round(offices.unit("甲局", office), null, 30);
		long roundB = offices.round(offices.unit("乙局", office), null, 30);
		browser.logIn(offices.account(office, "INSPECTION_OFFICE"), InspectionOffices.password());

		// when the office leaves the name empty, the error stands beside it and the body typed is kept
		browser.submit("#nav-office");
		assertThat(browser.chosen("#unitId")).containsExactly("测试区委巡察办" + offices.suffix);
		browser.type("#inspectingBody", "区委巡察办");
		browser.submit("#create-office-round");
		assertThat(browser.errorBeside("#name")).isEqualTo("不能为空");
		assertThat(browser.value("#inspectingBody")).isEqualTo("区委巡察办");
		browser.screenshot("new-office-round-refused");

		// and then names the round and creates it, it lands on the round with both units to tick
		browser.type("#name", "十三届区委第六轮巡察" + offices.suffix);
		browser.date("#startsOn", InspectionOffices.TODAY);
		browser.submit("#create-office-round");
		assertThat(browser.text("h1")).isEqualTo("十三届区委第六轮巡察" + offices.suffix);
		assertThat(browser.text("#link-rounds")).contains("甲局" + offices.suffix, "乙局" + offices.suffix);
		browser.screenshot("link-rounds");

		// when it ticks both and adds them, both are ranked and none is left to add
		tick("#round-" + roundA);
		tick("#round-" + roundB);
		browser.submit("#link-chosen");
		assertThat(browser.text("#linked")).isEqualTo("已纳入 2 个被巡察单位");
		assertThat(rows("#ranking tbody tr td:nth-child(2)")).containsExactlyInAnyOrder("甲局" + offices.suffix,
				"乙局" + offices.suffix);
		assertThat(browser.text("#link-rounds")).contains("没有可纳入的单位轮次。");
		browser.screenshot("rounds-linked");
		assertThat(browser.errors()).isEmpty();
	}

	/** Ticks a checkbox far down the page: scrolled to at once, as Bootstrap's smooth scrolling would move it under the click. */
	private static void tick(String css) {
		browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center', behavior: 'instant'})", css);
		browser.click(css);
		assertThat(browser.find(css).isSelected()).as(css + " ticked").isTrue();
	}

	private static List<String> rows(String css) {
		return browser.all(css).stream().map(e -> e.getText().strip()).toList();
	}
}
