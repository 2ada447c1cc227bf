package org.zhenggai.org;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhenggai.shared.NotAllowedException;

/**
 * The account the current request acts for, as the services see it when they check who may act.
 * It is read from the database once per request: with the bearer token (one statement finds the
 * token and its account), or for a session on the first question the request asks. It is kept in
 * the request only, never across requests, so every request sees the account as it is now.
 */
@Component
public class CurrentUser {

	private static final String ATTRIBUTE = CurrentUser.class.getName() + ".account";

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
		return state().account();
	}

	/** Whether the account must change its password before it may do anything else. */
	boolean passwordChangeRequired() {
		return state().passwordChangeRequired();
	}

	private AccountState state() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new NotAllowedException("step.login-required");
		}
		if (authentication.getPrincipal() instanceof AccountState.TokenPrincipal token) {
			// read with the token by this very request: a token's authentication is never kept
			return token.state();
		}
		String username = authentication.getName();
		var request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof AccountState state
				&& state.account().username().equals(username)) {
			return state;
		}
		var state = accounts.state(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
		if (request != null) {
			request.setAttribute(ATTRIBUTE, state, RequestAttributes.SCOPE_REQUEST);
		}
		return state;
	}
}
