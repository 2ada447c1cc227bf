package org.zhenggai.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * An account as one request found it in the database: who acts, and whether the password must be
 * changed first. Read once per request (with the bearer token, or on the first question about a
 * session's account) and never kept beyond it, so a revoked token, a disabled account or a reset
 * password takes effect at the very next request.
 */
record AccountState(CurrentAccount account, boolean passwordChangeRequired) {

	/** The principal of a request authenticated with a bearer token: it carries the state read with the token. */
	record TokenPrincipal(AccountState state) implements OAuth2AuthenticatedPrincipal {

		@Override
		public String getName() {
			return state.account().username();
		}

		@Override
		public Map<String, Object> getAttributes() {
			return Map.of("sub", getName());
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return List.of(new SimpleGrantedAuthority(state.account().role().authority()));
		}
	}
}
