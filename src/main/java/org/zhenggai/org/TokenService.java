package org.zhenggai.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.ZhenggaiProperties;

/**
 * API bearer tokens: random, shown to the client once, stored only as a SHA-256 hash, with an
 * expiry and revocation. Spring Security's resource server asks this class who a token belongs to.
 */
@Service
class TokenService implements OpaqueTokenIntrospector {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final AccountService accounts;
	private final ZhenggaiProperties properties;
	private final Clock clock;

	private final AuditLog audit;
	private final ObjectProvider<Access> access;

	TokenService(JdbcClient jdbc, AccountService accounts, ZhenggaiProperties properties, Clock clock, AuditLog audit,
			ObjectProvider<Access> access) {
		this.audit = audit;
		this.access = access;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	IssuedToken issue(String username) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now(clock);
		Instant expiresAt = now.plus(properties.token().ttl());
		jdbc.sql("""
				insert into api_token (token_hash, account_id, created_at, expires_at)
				values (:hash, :accountId, :createdAt, :expiresAt)
				""")
			.param("hash", hash(token))
			.param("accountId", accounts.idOf(username))
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** Revokes the token a client holds (its logout); the trail records it without the token. */
	@Transactional
	void revoke(String token) {
		var id = jdbc.sql("select id from api_token where token_hash = :hash and revoked_at is null")
			.param("hash", hash(token))
			.query(Long.class)
			.optional();
		jdbc.sql("update api_token set revoked_at = :now where token_hash = :hash and revoked_at is null")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("hash", hash(token))
			.update();
		id.ifPresent(tokenId -> audit.record(AuditAction.UPDATE, "api-token", tokenId, null, Map.of("revoked", "logout")));
	}

	/** The account's tokens that are still good, newest first; which one the caller holds is marked. */
	List<TokenView> tokensOf(String username, @Nullable String heldToken) {
		String held = heldToken == null ? "" : hash(heldToken);
		return jdbc.sql("""
				select t.id, t.created_at, t.expires_at, t.token_hash from api_token t join account a on a.id = t.account_id
				where a.username = :username and t.revoked_at is null and t.expires_at > :now
				order by t.created_at desc, t.id desc
				""")
			.param("username", username)
			.param("now", Timestamp.from(Instant.now(clock)))
			.query((rs, n) -> new TokenView(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("expires_at").toInstant(), rs.getString("token_hash").equals(held)))
			.list();
	}

	/** The owner revokes one of their tokens; another account's token is answered as not found. */
	@Transactional
	void revokeOwn(String username, long tokenId) {
		int revoked = jdbc.sql("""
				update api_token set revoked_at = :now
				where id = :id and revoked_at is null and account_id = (select id from account where username = :username)
				""")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("id", tokenId)
			.param("username", username)
			.update();
		if (revoked == 0) {
			throw new NotFoundException("api-token", tokenId);
		}
		audit.record(AuditAction.UPDATE, "api-token", tokenId, null, Map.of("revoked", "by the owner"));
	}

	/** The administrator revokes every token of an account, for example of a lost laptop's owner. */
	@Transactional
	int revokeAll(String username) {
		access.getObject().require(Action.MANAGE_ACCOUNTS);
		Long accountId = accounts.idOf(username);
		if (accountId == null) {
			throw new NotFoundException("account", username);
		}
		int revoked = accounts.revokeTokens(accountId, Instant.now(clock));
		audit.record(AuditAction.UPDATE, "account", accountId, null,
				Map.of("username", username, "tokensRevoked", revoked));
		return revoked;
	}

	/**
	 * Who holds the token: one statement finds the token, still valid and not revoked, together
	 * with its account, enabled, as it is now. The principal carries what it read for this request
	 * only; the API keeps no session, so the next request reads again.
	 */
	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		return jdbc.sql("""
				select a.username, a.display_name, a.role, a.unit_id, a.department_id, a.person_id, a.password_change_required
				from api_token t join account a on a.id = t.account_id
				where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and a.enabled = true
				""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(Instant.now(clock)))
			.query((rs, n) -> new AccountState.TokenPrincipal(new AccountState(
					new CurrentAccount(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
							rs.getObject("unit_id", Long.class), rs.getObject("department_id", Long.class),
							rs.getObject("person_id", Long.class)),
					rs.getBoolean("password_change_required"))))
			.optional()
			.orElseThrow(() -> new BadOpaqueTokenException("token unknown, expired or revoked"));
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	record IssuedToken(String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "IssuedToken[token=***, expiresAt=" + expiresAt + "]";
		}
	}

	/** A token as its owner sees it in the list: never the token itself, which is not stored. */
	record TokenView(long id, Instant createdAt, Instant expiresAt, boolean current) {
	}
}
