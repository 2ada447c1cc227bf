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

	private final org.springframework.context.MessageSource messages;

	FirstAdministrator(AccountService accounts, ZhenggaiProperties properties,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
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
		boolean printed = given == null || given.isBlank();
		if (!printed) {
			PasswordPolicy.problem(given).ifPresent(problem -> {
				throw new IllegalStateException("ZHENGGAI_ADMIN_PASSWORD: " + messages.getMessage(problem.messageKey(),
						problem.args(), java.util.Locale.SIMPLIFIED_CHINESE));
			});
		}
		String password = printed ? randomPassword() : given;
		// A password printed on a console may be read by others: it is good for the first login only.
		accounts.createAccount(USERNAME, password, "系统管理员", Role.ADMIN, null, null, printed);
		if (printed) {
			System.out.printf("%n==== 首次登录 / First login: 用户名 %s  密码 %s  (只显示这一次，登录后须修改 / shown once,"
					+ " to be changed at the first login) ====%n%n", USERNAME, password);
		}
	}

	/** Letters in both cases and digits with separators, drawn again until it meets the password rules. */
	static String randomPassword() {
		String password;
		do {
			password = randomCandidate();
		}
		while (PasswordPolicy.problem(password).isPresent());
		return password;
	}

	private static String randomCandidate() {
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
