package org.zhenggai.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction (and demands one), so a
 * change and its record are stored together or not at all.
 */
@Service
public class AuditLog {

	static final String SYSTEM_ACTOR = "system";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final AuditChain chain;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, AuditChain chain) {
		this.chain = chain;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Records a change of one entity; {@code before} is null for a creation. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entityType, @Nullable Long entityId,
			@Nullable Object before, @Nullable Object after) {
		// Milliseconds are what every database keeps, so the hash computed now is the one verified later.
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
		String actor = currentActor();
		String beforeJson = before == null ? null : json.writeValueAsString(before);
		String afterJson = after == null ? null : json.writeValueAsString(after);
		String previous = chain.lockHead();
		String hash = AuditChain.hash(previous, now, actor, action.name(), entityType, entityId, beforeJson, afterJson);
		jdbc.sql("""
				insert into audit_record (occurred_at, actor, action, entity_type, entity_id, before_state, after_state,
				                          previous_hash, record_hash)
				values (:occurredAt, :actor, :action, :entityType, :entityId, :before, :after, :previous, :hash)
				""")
			.param("occurredAt", java.sql.Timestamp.from(now))
			.param("actor", actor)
			.param("action", action.name())
			.param("entityType", entityType)
			.param("entityId", entityId)
			.param("before", beforeJson)
			.param("after", afterJson)
			.param("previous", previous)
			.param("hash", hash)
			.update();
		chain.advanceHead(hash);
	}

	/** The trail of one entity, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> trailOf(String entityType, long entityId) {
		return jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state
				from audit_record where entity_type = :entityType and entity_id = :entityId
				order by id
				""")
			.param("entityType", entityType)
			.param("entityId", entityId)
			.query(AuditChain::row)
			.list();
	}

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? SYSTEM_ACTOR : authentication.getName();
	}
}
