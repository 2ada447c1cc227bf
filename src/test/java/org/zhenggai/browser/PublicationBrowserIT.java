package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.LedgerFixture;

/**
 * The public report through the browser: the office prepares and edits it, a leader approves it,
 * the office publishes it; then a stranger reads it on a phone, sends an opinion and gets a
 * receipt, which the office finds in its inbox.
 */
class PublicationBrowserIT extends BrowserTest {

	private static final String PASSWORD = "Pass#word2026";
	private static final String NUMERALS = "零一二三四五六七八九十";

	@Test
	void theOfficePreparesALeaderApprovesAndThePublicReadsThePublishedReport() {
		// given a round with one measure, an office account and the responsible leader's account
		var f = fixture();
		f.measure("修订会议记录制度", f.officeId, 30);
		String office = account(f, "OFFICE", null);
		String leader = account(f, "LEADER", f.leaderId);

		// when the office prepares the report from the ledger and edits a measure's words
		browser.logIn(office, PASSWORD);
		browser.open("/rounds/" + f.roundId);
		browser.submit("#tab-publication");
		browser.submit("#prepare-publication");
		assertThat(browser.text("#edition-status")).isEqualTo("草稿");
		browser.script("var t = document.querySelector('#text'); t.value = t.value.replace('修订会议记录制度', '修订会议记录制度并组织记录人员培训')");
		browser.submit("#save-text");
		assertThat(browser.text("#preview")).contains("修订会议记录制度并组织记录人员培训");
		String edition = browser.path();
		browser.logOut();

		// and the leader approves it and the office publishes it
		browser.logIn(leader, PASSWORD);
		browser.open(edition);
		browser.submit("#approve");
		assertThat(browser.text("#edition-status")).isEqualTo("已审批，待公布");
		browser.logOut();
		browser.logIn(office, PASSWORD);
		browser.open(edition);
		browser.submit("#publish");
		assertThat(browser.text("#edition-status")).isEqualTo("已公布");
		String publicPage = browser.find("#public-link").getAttribute("href").replaceFirst("^https?://[^/]+", "");
		browser.logOut();

		// then a stranger on a phone reads the published words, in the public layout, with the files
		browser.forgetSession();
		browser.phone();
		browser.open(publicPage);
		assertThat(browser.text("#report")).contains("关于巡察整改情况的通报", "修订会议记录制度并组织记录人员培训");
		assertThat(browser.has("nav.zg-navbar")).isFalse();
		assertThat(browser.has("#download-docx")).isTrue();
		assertThat(browser.scrollsSideways()).isFalse();
		browser.screenshot("public-report-phone");

		// and sends an opinion, answering the question, and gets a receipt
		browser.type("#text", "希望公布会议记录抽查结果。");
		browser.type("#answer", String.valueOf(answer(browser.text("label[for=answer]"))));
		browser.submit("#send-opinion");
		assertThat(browser.text("#sent")).contains("已收到");
		String receipt = browser.text("#receipt");
		assertThat(receipt).matches("YJ-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(browser.text("#status")).isEqualTo("已收到");
		browser.screenshot("receipt-phone");

		// and the office finds it in its inbox, counted under the report
		browser.desktop(Browser.DESKTOP.width, Browser.DESKTOP.height);
		browser.logIn(office, PASSWORD);
		browser.submit("#nav-opinions");
		assertThat(browser.text("#opinions")).contains(receipt, "希望公布会议记录抽查结果。");
		assertThat(browser.text("#opinion-counts")).contains("关于巡察整改情况的通报");
		browser.screenshot("inbox");
	}

	private static int answer(String label) {
		var question = Pattern.compile("([一二三四五六七八九十])([加减])([一二三四五六七八九十])").matcher(label);
		assertThat(question.find()).as(label).isTrue();
		int a = NUMERALS.indexOf(question.group(1));
		int b = NUMERALS.indexOf(question.group(3));
		return "加".equals(question.group(2)) ? a + b : a - b;
	}

	private String account(LedgerFixture f, String role, Long person) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		var body = new HashMap<String, Object>();
		body.put("username", username);
		body.put("displayName", username);
		body.put("role", role);
		body.put("personId", person);
		body.put("password", PASSWORD);
		LedgerFixture.createAccount(admin(), f.unitId, body);
		return username;
	}
}
