package org.zhenggai.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
	private final TransactionTemplate transactions;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, AuditChain chain, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
		String address = clientAddress();
		String previous = chain.lockHead();
		String hash = AuditChain.hash(previous, now, actor, action.name(), entityType, entityId, beforeJson, afterJson,
				address);
		jdbc.sql("""
				insert into audit_record (occurred_at, actor, action, entity_type, entity_id, before_state, after_state,
				                          client_address, previous_hash, record_hash)
				values (:occurredAt, :actor, :action, :entityType, :entityId, :before, :after, :address, :previous, :hash)
				""")
			.param("occurredAt", java.sql.Timestamp.from(now))
			.param("actor", actor)
			.param("action", action.name())
			.param("entityType", entityType)
			.param("entityId", entityId)
			.param("before", beforeJson)
			.param("after", afterJson)
			.param("address", address)
			.param("previous", previous)
			.param("hash", hash)
			.update();
		chain.advanceHead(hash);
	}

	/**
	 * Records an access that changes nothing (an export, a download). Inside a writing transaction
	 * the record is part of it (the transaction already holds the chain's head). Otherwise it is
	 * written in a short transaction of its own, committed at once: the caller may be read-only, or
	 * go on streaming a large file for a while, and must not hold the chain's head meanwhile.
	 */
	public void access(AuditAction action, String entityType, @Nullable Long entityId, @Nullable Object details) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			record(action, entityType, entityId, null, details);
		}
		else {
			transactions.executeWithoutResult(status -> record(action, entityType, entityId, null, details));
		}
	}

	/**
	 * Records a refusal. The refused work's transaction is about to roll back, so the record is
	 * written after it ends, in a transaction of its own: a refusal is never lost with the work.
	 */
	public void refusal(String action, @Nullable String entityType, @Nullable Long entityId, String reason) {
		var details = new Refusal(action, reason, requestPath());
		Runnable write = () -> transactions.executeWithoutResult(status ->
				record(AuditAction.REFUSE, entityType == null ? "action" : entityType, entityId, null, details));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					write.run();
				}
			});
		}
		else {
			write.run();
		}
	}

	/** What a refusal record holds: the action refused, why, and the address asked for. */
	record Refusal(String action, String reason, @Nullable String path) {
	}

	/** One page of the trail, newest first, narrowed by the auditor's criteria; and how many match in all. */
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query, int page, int size) {
		var conditions = new java.util.ArrayList<String>();
		var params = new java.util.HashMap<String, Object>();
		if (query.actor() != null && !query.actor().isBlank()) {
			conditions.add("actor = :actor");
			params.put("actor", query.actor().strip());
		}
		if (query.action() != null) {
			conditions.add("action = :action");
			params.put("action", query.action().name());
		}
		if (query.entityType() != null && !query.entityType().isBlank()) {
			conditions.add("entity_type = :entityType");
			params.put("entityType", query.entityType().strip());
		}
		if (query.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", java.sql.Timestamp.from(query.from().atStartOfDay(AuditQuery.ZONE).toInstant()));
		}
		if (query.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", java.sql.Timestamp.from(query.to().plusDays(1).atStartOfDay(AuditQuery.ZONE).toInstant()));
		}
		if (query.text() != null && !query.text().isBlank()) {
			conditions.add("(lower(before_state) like :text or lower(after_state) like :text or client_address like :text)");
			params.put("text", "%" + query.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from audit_record" + where).params(params).query(Long.class).single();
		params.put("offset", (long) page * size);
		params.put("size", size);
		var records = jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, client_address
				from audit_record""" + where + " order by id desc offset :offset rows fetch next :size rows only")
			.params(params)
			.query(AuditChain::row)
			.list();
		return new AuditPage(records, page, size, total);
	}

	/** The trail of one entity, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> trailOf(String entityType, long entityId) {
		return jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, client_address
				from audit_record where entity_type = :entityType and entity_id = :entityId
				order by id
				""")
			.param("entityType", entityType)
			.param("entityId", entityId)
			.query(AuditChain::row)
			.list();
	}

	/** Where the request came from, as the server sees it (behind a proxy, from its forwarded header). */
	static @Nullable String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	private static @Nullable String requestPath() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI() : null;
	}

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? SYSTEM_ACTOR : authentication.getName();
	}
}
