package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The pages on the screens people use: an office laptop of 1366×768 and a phone of 390×844. */
class ScreenSizesIT extends BrowserTest {

	@Test
	void theLedgerFitsA1366By768ScreenWithoutScrollingSideways() {
		// given a round whose ledger has long texts in every column
		var work = Workload.of(fixture());
		logInAsAdministrator();

		// when the ledger is opened on a 1366×768 laptop
		browser.desktop(1366, 768);
		browser.open("/rounds/" + work.unit.roundId + "/ledger");
		browser.screenshot("ledger-1366");

		// then all nine columns are there and the page does not scroll sideways
		assertThat(browser.script("return window.innerWidth")).isEqualTo(1366L);
		assertThat(browser.all("#ledger-table thead th")).hasSize(9).allMatch(th -> th.isDisplayed());
		assertThat(browser.scrollsSideways())
			.as("the ledger is %d px wide in a window %d px wide", browser.pageWidth(), browser.viewportWidth())
			.isFalse();
	}

	@Test
	void everyPageOfARoundFitsA1366WideScreen() {
		// given a round with work in every state
		var work = Workload.of(fixture());
		logInAsAdministrator();
		browser.desktop(1366, 768);

		// when each page of the round, and the ledger's print view, is opened, then none scrolls sideways
		var pages = pagesOf(work);
		pages.put("ledger-print", "/rounds/" + work.unit.roundId + "/ledger/print");
		var softly = new SoftAssertions();
		pages.forEach((name, path) -> {
			browser.open(path);
			browser.screenshot(name + "-1366");
			softly.assertThat(browser.scrollsSideways())
				.as("%s is %d px wide in a window %d px wide", path, browser.pageWidth(), browser.viewportWidth())
				.isFalse();
		});
		softly.assertAll();
	}

	@Test
	void everyPageRendersOnAPhone() {
		// given a round with work in every state, looked at on a phone
		var work = Workload.of(fixture());
		browser.phone();
		browser.open("/login");
		browser.screenshot("login-phone");
		logInAsAdministrator();

		// when each page is opened, then it renders without errors, with the menu folded away
		var softly = new SoftAssertions();
		pagesOf(work).forEach((name, path) -> {
			browser.open(path);
			browser.screenshot(name + "-phone");
			softly.assertThat(browser.errors()).as("errors on %s", path).isEmpty();
			softly.assertThat(browser.find("main h1").isDisplayed()).as("the heading of %s", path).isTrue();
			softly.assertThat(browser.find(".navbar-toggler").isDisplayed()).as("the menu button on %s", path).isTrue();
			softly.assertThat(browser.find("#zg-nav").isDisplayed()).as("the folded menu on %s", path).isFalse();
		});
		softly.assertAll();

		// and on the ledger the columns a phone has no room for are left out
		browser.open("/rounds/" + work.unit.roundId + "/ledger");
		assertThat(browser.find("#row-" + work.completed + " td.zg-hide-phone").isDisplayed()).isFalse();

		// and the menu button unfolds the menu with 退出 in it
		browser.click(".navbar-toggler");
		browser.waitUntil("the menu to unfold", () -> browser.find("#zg-nav").isDisplayed());
		assertThat(browser.find("#zg-nav button[type='submit']").getText()).isEqualTo("退出");
		browser.screenshot("menu-phone");
	}

	@Test
	void thePagesOfDailyWorkDoNotScrollSidewaysOnAPhone() {
		// given a round with work in every state, looked at on a phone
		var work = Workload.of(fixture());
		browser.phone();
		logInAsAdministrator();

		// when each page but the office's set-up page is opened, then it is no wider than the phone
		var pages = pagesOf(work);
		pages.remove("setup");
		var softly = new SoftAssertions();
		pages.forEach((name, path) -> {
			browser.open(path);
			softly.assertThat(browser.viewportWidth() + "×" + browser.pageWidth())
				.as("the width of %s on a 390 px phone, as viewport×page", path)
				.isEqualTo("390×390");
		});
		softly.assertAll();
	}

	@Test
	void theSetupPageDoesNotScrollSidewaysOnAPhone() {
		// given a round with work in every state, looked at on a phone
		var work = Workload.of(fixture());
		browser.phone();
		logInAsAdministrator();

		// when the set-up page is opened
		browser.open("/rounds/" + work.unit.roundId + "/setup");
		browser.screenshot("setup-phone");

		// then it is no wider than the phone
		assertThat(browser.viewportWidth() + "×" + browser.pageWidth()).isEqualTo("390×390");
	}

	@Test
	void theLedgerShowsEachMeasureWithItsStatusOnAPhone() {
		// given a round with work in every state, looked at on a phone
		var work = Workload.of(fixture());
		browser.phone();
		logInAsAdministrator();

		// when the ledger is opened
		browser.open("/rounds/" + work.unit.roundId + "/ledger");
		browser.screenshot("ledger-phone");

		// then the late measure's text and its red status are on the screen without scrolling
		String row = "#row-" + work.overdue;
		assertThat(browser.onScreen(row + " td:nth-last-child(1)")).as("the status cell").isTrue();
		assertThat(browser.onScreen(row + " a[href*='#measure-']")).as("the measure").isTrue();
	}

	/** The pages of a round and of its work, by a short name for their screenshots. */
	private static LinkedHashMap<String, String> pagesOf(Workload work) {
		var pages = new LinkedHashMap<String, String>();
		pages.put("rounds", "/rounds");
		pages.put("new-round", "/rounds/new");
		pages.put("overview", "/rounds/" + work.unit.roundId);
		pages.put("ledger", "/rounds/" + work.unit.roundId + "/ledger");
		pages.put("setup", "/rounds/" + work.unit.roundId + "/setup");
		pages.put("problem", "/problems/" + work.unit.problemId);
		pages.put("new-measure", "/problems/" + work.unit.problemId + "/measures/new");
		pages.put("edit-measure", "/measures/" + work.later + "/edit");
		pages.put("report-progress", "/measures/" + work.later + "/progress/new");
		pages.put("my-tasks", "/my-tasks?departmentId=" + work.unit.officeId);
		return pages;
	}
}
