package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.Api;

/** The login page: who may come in, and what a stranger with a wrong password sees. */
class LoginPageIT extends BrowserTest {

	@Test
	void aWrongPasswordIsRefusedInChineseAndOpensNoSession() {
		// given the login page
		browser.open("/login");
		browser.screenshot("login");

		// when the administrator's name is given with a wrong password
		browser.type("#username", Api.ADMIN);
		browser.type("#password", "wrong-" + Api.ADMIN_PASSWORD);
		browser.submit("#login");
		browser.screenshot("wrong-password");

		// then the login page says so in Chinese, and the pages behind it stay closed
		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.text(".alert-danger")).isEqualTo("用户名或密码错误");
		assertThat(browser.has("nav.zg-navbar")).as("the navbar of a logged-in user").isFalse();
		browser.open("/rounds");
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.has("#username")).isTrue();
		assertThat(browser.errors()).isEmpty();
	}

	@Test
	void theRightPasswordOpensTheRoundsAndLoggingOutClosesThem() {
		// given the login page
		browser.open("/login");

		// when the administrator logs in
		logInAsAdministrator();

		// then the list of rounds is the first page, with the user named in the navbar
		assertThat(browser.path()).isEqualTo("/rounds");
		assertThat(browser.text("nav.zg-navbar .navbar-text")).isEqualTo(Api.ADMIN);
		browser.screenshot("rounds");

		// and logging out lands on the login page, and the rounds are closed again
		browser.logOut();
		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(browser.text(".alert-info")).isEqualTo("您已安全退出");
		browser.screenshot("logged-out");
		browser.open("/rounds");
		assertThat(browser.path()).isEqualTo("/login");
	}
}
