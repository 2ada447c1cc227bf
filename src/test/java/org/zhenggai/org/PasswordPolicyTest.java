package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.zhenggai.shared.InvalidInputException;

class PasswordPolicyTest {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@Test
	void eightCharactersOfThreeKindsAreEnough() {
		assertThat(PasswordPolicy.problem("Abcdefg1")).isEmpty();
		assertThat(PasswordPolicy.problem("abcdef#1")).isEmpty();
		assertThat(PasswordPolicy.problem("ABCDEF#1")).isEmpty();
		assertThat(PasswordPolicy.problem("整改Abc#2026")).isEmpty();
	}

	@Test
	void aShortPasswordIsRefusedSayingHowLongItMustBe() {
		assertThat(chinese("Ab#1")).isEqualTo("密码不符合要求：至少需要 8 个字符（现为 4 个）");
	}

	@Test
	void aPasswordOfTwoKindsIsRefusedNamingTheKindsMissing() {
		assertThat(chinese("abcdefgh12")).isEqualTo("密码不符合要求：须包含大写字母、小写字母、数字、符号中的至少 3 类（现只有 2 类），可加入大写字母、符号");
		assertThat(english("abcdefgh12")).contains("add capital letters or symbols");
	}

	@Test
	void bothFaultsAreNamedAtOnce() {
		assertThat(chinese("abc")).isEqualTo("密码不符合要求：至少需要 8 个字符（现为 3 个）；须包含大写字母、小写字母、数字、符号中的至少 3 类（现只有 1 类），可加入大写字母、数字、符号");
	}

	@Test
	void anEmptyOrOverlongPasswordIsRefused() {
		assertThat(PasswordPolicy.problem("")).isPresent();
		assertThat(PasswordPolicy.problem(null)).isPresent();
		assertThat(chinese("Aa1#".repeat(33))).isEqualTo("密码不能超过 128 个字符");
	}

	@Test
	void theRefusalNamesTheField() {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "password"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).singleElement().extracting(InvalidInputException.FieldProblem::field)
						.isEqualTo("newPassword"));
	}

	@Test
	void thePrintedFirstPasswordAlwaysMeetsTheRule() {
		for (int i = 0; i < 500; i++) {
			String password = FirstAdministrator.randomPassword();
			assertThat(PasswordPolicy.problem(password)).as(password).isEmpty();
		}
	}

	private static String chinese(String password) {
		return text(password, Locale.SIMPLIFIED_CHINESE);
	}

	private static String english(String password) {
		return text(password, Locale.ENGLISH);
	}

	private static String text(String password, Locale locale) {
		var problem = PasswordPolicy.problem(password).orElseThrow();
		return MESSAGES.getMessage(problem.messageKey(), problem.args(), locale);
	}
}
