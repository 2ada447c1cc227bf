package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.zhenggai.shared.ZhenggaiProperties;

class FirstAdministratorTest {

	@Test
	void aWeakChosenAdministratorPasswordStopsTheFirstStartSayingWhatIsMissing() {
		var accounts = mock(AccountService.class);
		when(accounts.anyAccountExists()).thenReturn(false);
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var first = new FirstAdministrator(accounts,
				new ZhenggaiProperties(Path.of("data"), "admin123", false, null, null, null, null, null), messages);

		assertThatThrownBy(() -> first.run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessage("ZHENGGAI_ADMIN_PASSWORD: 密码不符合要求：须包含大写字母、小写字母、数字、符号中的至少 3 类（现只有 2 类），可加入大写字母、符号");
		verify(accounts, never()).createAccount(anyString(), anyString(), anyString(), any(), any(), any(), anyBoolean());
	}
}
