package org.zhenggai.org;

import java.security.SecureRandom;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.shared.ZhenggaiProperties;

/**
 * On the very first start, creates the administrator account: with {@code ZHENGGAI_ADMIN_PASSWORD}
 * when set, otherwise with a random password printed once to the console (never to the log).
 */
@Component
@Order(0)
@ConditionalOnProperty(prefix = "zhenggai", name = "server-tasks", havingValue = "true", matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final AccountService accounts;
	private final ZhenggaiProperties properties;

	FirstAdministrator(AccountService accounts, ZhenggaiProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.anyAccountExists()) {
			return;
		}
		String given = properties.adminPassword();
		String password = given == null || given.isBlank() ? randomPassword() : given;
		accounts.createAccount(USERNAME, password, "系统管理员", Role.ADMIN, null, null);
		if (given == null || given.isBlank()) {
			System.out.printf("%n==== 首次登录 / First login: 用户名 %s  密码 %s  (只显示这一次 / shown once) ====%n%n",
					USERNAME, password);
		}
	}

	/** Letters and digits in both cases plus a separator, so it meets the password rules. */
	private static String randomPassword() {
		var random = new SecureRandom();
		var password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
