package org.zhenggai.org;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhenggai.shared.NotAllowedException;

/** The account the current request acts for, as the services see it when they check who may act. */
@Component
public class CurrentUser {

	private final AccountService accounts;

	CurrentUser(AccountService accounts) {
		this.accounts = accounts;
	}

	public CurrentAccount get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new NotAllowedException("step.login-required");
		}
		return accounts.current(authentication.getName());
	}
}
