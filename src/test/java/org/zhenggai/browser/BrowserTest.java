package org.zhenggai.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;

/**
 * The application on a random port and one Chromium per test class, started before its first
 * test and quit after its last. Each test begins logged out, on a desktop-sized window.
 */
abstract class BrowserTest extends IntegrationTest {

	protected static Browser browser;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void startLoggedOut(TestInfo test) {
		browser.at(port);
		browser.story(test.getTestMethod().orElseThrow().getName());
		browser.desktop(Browser.DESKTOP.width, Browser.DESKTOP.height);
		browser.forgetSession();
	}

	protected void logInAsAdministrator() {
		browser.logIn(Api.ADMIN, Api.ADMIN_PASSWORD);
	}
}
