package org.zhenggai.org;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;

/** Accounts: looked up at login, created by the administrator and by the first start. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final Clock clock;
	private final OrgService org;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit, Clock clock, OrgService org,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.org = org;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.accountLocked(account.lockedAt(Instant.now(clock)))
			.authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
			.build();
	}

	public boolean anyAccountExists() {
		return accounts.count() > 0;
	}

	public boolean exists(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	/** Adds an account to a unit; the username must be free and the department the unit's own. */
	@Transactional
	public AccountSummary addAccount(long unitId, NewAccount command) {
		org.unit(unitId);
		new org.zhenggai.shared.InvalidInputException.Collector()
			.rejectIf(exists(command.username()), "username", "validation.username-taken", command.username())
			.rejectIf(command.departmentId() != null && !org.isDepartmentOf(unitId, command.departmentId()),
					"departmentId", "validation.unknown-department", command.departmentId())
			.rejectIf(command.role() == Role.DEPARTMENT && command.departmentId() == null, "departmentId",
					"validation.department-required")
			.rejectIf(command.personId() != null && !org.isPersonOf(unitId, command.personId()), "personId",
					"validation.unknown-person", command.personId())
			.rejectIf(command.role() == Role.LEADER && command.personId() == null, "personId",
					"validation.person-required")
			.throwIfAny();
		createAccount(command.username(), command.password(), command.displayName().strip(), command.role(), unitId,
				command.departmentId(), command.personId());
		return accounts.findByUsername(command.username()).orElseThrow().summary();
	}

	@Transactional
	public void createAccount(String username, String rawPassword, String displayName, Role role,
			@Nullable Long unitId, @Nullable Long departmentId) {
		createAccount(username, rawPassword, displayName, role, unitId, departmentId, null);
	}

	private void createAccount(String username, String rawPassword, String displayName, Role role,
			@Nullable Long unitId, @Nullable Long departmentId, @Nullable Long personId) {
		var account = accounts.save(new Account(username, passwords.encode(rawPassword), displayName, role, unitId,
				departmentId, personId, Instant.now(clock)));
		audit.record(AuditAction.CREATE, "account", account.id(), null, account.summary());
	}

	/** Who is logged in, with the unit and department their data scope follows. */
	public CurrentAccount current(String username) {
		var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return account.current();
	}

	/** The accounts of a unit, for its administration page; never with password hashes. */
	public List<AccountSummary> accountsOf(long unitId) {
		return accounts.findByUnitIdOrderByUsername(unitId).stream().map(Account::summary).toList();
	}

	/** Five failures in a row lock an account for fifteen minutes; the trail records each attempt. */
	static final int FAILURES_BEFORE_LOCK = 5;
	static final java.time.Duration LOCK_TIME = java.time.Duration.ofMinutes(15);

	/**
	 * Counts a failed login in one statement, so that attempts at the same moment are all counted
	 * and never collide with an administrator editing the account (whose version they leave alone).
	 */
	@Transactional
	public void loginFailed(String username) {
		Instant now = Instant.now(clock);
		jdbc.sql("""
				update account
				set locked_until = case when failed_logins + 1 >= :limit then :until else locked_until end,
				    failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end
				where username = :username and (locked_until is null or locked_until <= :now)
				""")
			.param("limit", FAILURES_BEFORE_LOCK)
			.param("until", java.sql.Timestamp.from(now.plus(LOCK_TIME)))
			.param("now", java.sql.Timestamp.from(now))
			.param("username", username)
			.update();
		audit.record(AuditAction.CREATE, "login-failure", null, null, java.util.Map.of("username", username));
	}

	@Transactional
	public void loginSucceeded(String username) {
		jdbc.sql("update account set failed_logins = 0, locked_until = null where username = :username")
			.param("username", username)
			.update();
		audit.record(AuditAction.CREATE, "login", null, null, java.util.Map.of("username", username));
	}

	/** Until when the account is locked, if it is locked now. */
	public java.util.Optional<Instant> lockedUntil(String username) {
		Instant now = Instant.now(clock);
		return accounts.findByUsername(username).filter(a -> a.lockedAt(now)).map(Account::lockedUntil);
	}

	@Nullable Long idOf(String username) {
		return accounts.findByUsername(username).map(Account::id).orElse(null);
	}

	/** What the audit trail and the pages show of an account: never its password hash. */
	public record AccountSummary(String username, String displayName, Role role, @Nullable Long unitId,
			@Nullable Long departmentId, @Nullable Long personId) {
	}
}
