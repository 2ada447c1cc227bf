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

	/**
	 * Whether the code runs for the application itself (at start, on a schedule, in a command-line
	 * task), not for a request: then nobody is authenticated at all. A web request always carries an
	 * authentication, an anonymous one when nobody is logged in.
	 */
	public boolean isSystem() {
		return SecurityContextHolder.getContext().getAuthentication() == null;
	}

	/** Whether a person is logged in (not the application itself, not an anonymous visitor). */
	public boolean isLoggedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

	public CurrentAccount get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new NotAllowedException("step.login-required");
		}
		return accounts.current(authentication.getName());
	}
}
