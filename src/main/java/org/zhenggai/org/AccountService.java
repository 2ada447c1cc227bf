package org.zhenggai.org;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;

/**
 * Accounts: looked up at login, created by the administrator and by the first start; passwords
 * follow {@link PasswordPolicy} wherever they are set, and one set by the administrator must be
 * changed by its owner before anything else.
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final Clock clock;
	private final OrgService org;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final org.springframework.beans.factory.ObjectProvider<Access> accessProvider;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit, Clock clock, OrgService org,
			org.springframework.jdbc.core.simple.JdbcClient jdbc,
			org.springframework.beans.factory.ObjectProvider<Access> accessProvider) {
		this.accessProvider = accessProvider;
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

	/**
	 * Adds an account to a unit; the username must be free and the department the unit's own. The
	 * password the administrator chose is only a first one: the owner must change it at the first login.
	 */
	@Transactional
	public AccountSummary addAccount(long unitId, NewAccount command) {
		return addAccount(unitId, command, true);
	}

	/**
	 * Adds an account, saying whether its password must be changed at the first login: always for
	 * an account an administrator makes, not for the demo's fictional accounts, whose password is
	 * published anyway.
	 */
	@Transactional
	public AccountSummary addAccount(long unitId, NewAccount command, boolean changeAtFirstLogin) {
		org.unit(unitId);
		var weak = PasswordPolicy.problem(command.password());
		new org.zhenggai.shared.InvalidInputException.Collector()
			.rejectIf(exists(command.username()), "username", "validation.username-taken", command.username())
			.rejectIf(weak.isPresent(), "password", weak.map(p -> p.messageKey()).orElse(""),
					weak.map(p -> p.args()).orElse(new Object[0]))
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
				command.departmentId(), command.personId(), changeAtFirstLogin);
		return accounts.findByUsername(command.username()).orElseThrow().summary();
	}

	/** Creates an account outside any unit (the first administrator); the password must follow the rules. */
	@Transactional
	public void createAccount(String username, String rawPassword, String displayName, Role role,
			@Nullable Long unitId, @Nullable Long departmentId, boolean changeAtFirstLogin) {
		PasswordPolicy.check("password", rawPassword);
		createAccount(username, rawPassword, displayName, role, unitId, departmentId, null, changeAtFirstLogin);
	}

	private void createAccount(String username, String rawPassword, String displayName, Role role,
			@Nullable Long unitId, @Nullable Long departmentId, @Nullable Long personId, boolean changeAtFirstLogin) {
		var account = accounts.save(new Account(username, passwords.encode(rawPassword), displayName, role, unitId,
				departmentId, personId, Instant.now(clock), changeAtFirstLogin));
		audit.record(AuditAction.CREATE, "account", account.id(), null, account.summary());
	}

	/** Whether the account must change its password before it may do anything else. */
	public boolean passwordChangeRequired(String username) {
		return state(username).map(AccountState::passwordChangeRequired).orElse(false);
	}

	/** Who the account is and whether its password must be changed first, in one statement and no transaction of its own. */
	@Transactional(propagation = Propagation.SUPPORTS)
	java.util.Optional<AccountState> state(String username) {
		return accounts.findByUsername(username).map(Account::state);
	}

	/**
	 * The owner changes their password: the current one must be given, the new one must follow the
	 * rules and differ from it. Every API token of the account is revoked, since one of them may
	 * have been obtained with the old password.
	 */
	@Transactional
	public void changePassword(String username, String currentPassword, String newPassword) {
		var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
		boolean currentRight = currentPassword != null && passwords.matches(currentPassword, account.passwordHash());
		var weak = PasswordPolicy.problem(newPassword);
		new org.zhenggai.shared.InvalidInputException.Collector()
			.rejectIf(!currentRight, "currentPassword", "validation.password-wrong")
			.rejectIf(weak.isPresent(), "newPassword", weak.map(p -> p.messageKey()).orElse(""),
					weak.map(p -> p.args()).orElse(new Object[0]))
			.rejectIf(currentRight && weak.isEmpty() && newPassword.equals(currentPassword), "newPassword",
					"validation.password-unchanged")
			.throwIfAny();
		setPassword(account, newPassword, false);
		audit.record(AuditAction.UPDATE, "account", account.id(), null,
				java.util.Map.of("username", username, "password", "changed by the owner"));
	}

	/**
	 * The administrator gives an account a new password, for example when its owner forgot theirs:
	 * the owner must change it at the next login, and every API token of the account is revoked.
	 */
	@Transactional
	public void resetPassword(String username, String newPassword) {
		access().require(Action.MANAGE_ACCOUNTS);
		var account = accounts.findByUsername(username)
			.orElseThrow(() -> new org.zhenggai.shared.NotFoundException("account", username));
		PasswordPolicy.check("newPassword", newPassword);
		setPassword(account, newPassword, true);
		audit.record(AuditAction.UPDATE, "account", account.id(), null,
				java.util.Map.of("username", username, "password", "reset by the administrator"));
	}

	/** A login with a hash of the kind no longer chosen re-hashes the password with the chosen kind. */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
		jdbc.sql("update account set password_hash = :hash where username = :username")
			.param("hash", newPassword)
			.param("username", user.getUsername())
			.update();
		audit.record(AuditAction.UPDATE, "account", idOf(user.getUsername()), null,
				java.util.Map.of("username", user.getUsername(), "password", "hashed again with the chosen hash"));
		return User.withUserDetails(user).password(newPassword).build();
	}

	private void setPassword(Account account, String newPassword, boolean changeRequired) {
		Instant now = Instant.now(clock);
		jdbc.sql("""
				update account set password_hash = :hash, password_change_required = :required,
				    password_changed_at = :now, version = version + 1
				where id = :id
				""")
			.param("hash", passwords.encode(newPassword))
			.param("required", changeRequired)
			.param("now", java.sql.Timestamp.from(now))
			.param("id", account.id())
			.update();
		revokeTokens(account.id(), now);
	}

	/** Revokes every token of an account that is still valid; returns how many. */
	@Transactional
	int revokeTokens(long accountId, Instant now) {
		return jdbc.sql("update api_token set revoked_at = :now where account_id = :account and revoked_at is null")
			.param("now", java.sql.Timestamp.from(now))
			.param("account", accountId)
			.update();
	}

	private Access access() {
		return accessProvider.getObject();
	}

	/** Who is logged in, with the unit and department their data scope follows. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public CurrentAccount current(String username) {
		return state(username).orElseThrow(() -> new UsernameNotFoundException("no such account")).account();
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
