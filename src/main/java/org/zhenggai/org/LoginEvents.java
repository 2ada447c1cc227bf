package org.zhenggai.org;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;

/**
 * Logins, failed logins and logouts, whether by the form or by the API: counted for the lock-out
 * and recorded in the audit trail. Token checks on each API call are not logins and are not counted.
 */
@Component
class LoginEvents {

	private final AccountService accounts;
	private final AuditLog audit;
	private final TransactionTemplate transactions;

	LoginEvents(AccountService accounts, AuditLog audit, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.audit = audit;
		this.transactions = transactions;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof LockedException) {
			return;
		}
		accounts.loginFailed(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken) {
			accounts.loginSucceeded(event.getAuthentication().getName());
		}
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		transactions.executeWithoutResult(status -> audit.record(AuditAction.CREATE, "logout", null, null,
				java.util.Map.of("username", event.getAuthentication().getName())));
	}
}
