package org.zhenggai.org;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** Someone who logs in: a person of a unit acting in one role, or the system administrator. */
class Account {

	@Id
	private @Nullable Long id;
	private String username;
	private String passwordHash;
	private String displayName;
	private Role role;
	private @Nullable Long unitId;
	private @Nullable Long departmentId;
	private @Nullable Long personId;
	private boolean enabled;
	private int failedLogins;
	private @Nullable Instant lockedUntil;
	private boolean passwordChangeRequired;
	private @Nullable Instant passwordChangedAt;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Account() {
		// for reading from the database
	}

	Account(String username, String passwordHash, String displayName, Role role, @Nullable Long unitId,
			@Nullable Long departmentId, @Nullable Long personId, Instant createdAt, boolean passwordChangeRequired) {
		this.passwordChangeRequired = passwordChangeRequired;
		this.personId = personId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	AccountService.AccountSummary summary() {
		return new AccountService.AccountSummary(username, displayName, role, unitId, departmentId, personId);
	}

	CurrentAccount current() {
		return new CurrentAccount(username, displayName, role, unitId, departmentId, personId);
	}

	AccountState state() {
		return new AccountState(current(), passwordChangeRequired);
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	@Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	@Nullable Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	boolean enabled() {
		return enabled;
	}
}
