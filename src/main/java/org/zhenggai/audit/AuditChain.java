package org.zhenggai.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.annotation.PostConstruct;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the audit trail. Each record's hash covers its content and the previous
 * record's hash, so changing, removing or reordering any record breaks every link after it;
 * the head keeps the newest hash and the count, so cutting records off the end shows too.
 */
@Component
public class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	AuditChain(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Locks the head (one writer at a time) and returns the hash the next record chains to. */
	String lockHead() {
		return jdbc.sql("select last_hash from audit_chain_head where id = 1 for update").query(String.class).single();
	}

	void advanceHead(String hash) {
		jdbc.sql("update audit_chain_head set last_hash = :hash, sealed = sealed + 1 where id = 1")
			.param("hash", hash).update();
	}

	static String hash(String previousHash, Instant occurredAt, String actor, String action, String entityType,
			@Nullable Long entityId, @Nullable String before, @Nullable String after, @Nullable String clientAddress) {
		var content = String.join("\u001f", previousHash, occurredAt.toString(), actor, action, entityType,
				Objects.toString(entityId, ""), Objects.toString(before, "\u0000"), Objects.toString(after, "\u0000"));
		// Records from before addresses were kept hash as they always did; an address, when known, is covered too.
		if (clientAddress != null) {
			content += "\u001f" + clientAddress;
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** Records written before the chain existed are sealed into it, in order, once, at start. */
	@PostConstruct
	void sealRecordsWrittenBeforeTheChain() {
		int sealed = transactions.execute(status -> {
			String previous = lockHead();
			var unsealed = jdbc.sql("""
					select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, client_address
					from audit_record where record_hash is null order by id
					""").query(AuditChain::row).list();
			for (var record : unsealed) {
				String hash = hash(previous, record.occurredAt(), record.actor(), record.action().name(),
						record.entityType(), record.entityId(), record.beforeState(), record.afterState(), record.clientAddress());
				jdbc.sql("update audit_record set previous_hash = :previous, record_hash = :hash where id = :id")
					.param("previous", previous).param("hash", hash).param("id", record.id()).update();
				advanceHead(hash);
				previous = hash;
			}
			return unsealed.size();
		});
		if (sealed > 0) {
			log.info("Sealed {} audit records written before the hash chain", sealed);
		}
	}

	/** Walks the whole trail; names the first record whose link is broken. */
	public Verification verify() {
		var head = jdbc.sql("select last_hash, sealed from audit_chain_head where id = 1")
			.query((rs, n) -> new String[] { rs.getString(1), Long.toString(rs.getLong(2)) }).single();
		var state = new Object() {
			String previous = GENESIS;
			long checked;
			@Nullable Verification broken;
		};
		jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state,
				       client_address, previous_hash, record_hash
				from audit_record order by id
				""").query(rs -> {
			if (state.broken != null) {
				return;
			}
			var record = row(rs, 0);
			String previous = rs.getString("previous_hash");
			String stored = rs.getString("record_hash");
			String expected = hash(state.previous, record.occurredAt(), record.actor(), record.action().name(),
					record.entityType(), record.entityId(), record.beforeState(), record.afterState(), record.clientAddress());
			if (!state.previous.equals(previous)) {
				state.broken = Verification.broken(state.checked, record.id(), "link to the previous record does not match");
			}
			else if (!expected.equals(stored)) {
				state.broken = Verification.broken(state.checked, record.id(), "content does not match its hash");
			}
			else {
				state.previous = stored;
				state.checked++;
			}
		});
		if (state.broken != null) {
			return state.broken;
		}
		if (!state.previous.equals(head[0]) || state.checked != Long.parseLong(head[1])) {
			return Verification.broken(state.checked, null, "records are missing after the last one ("
					+ state.checked + " found, " + head[1] + " were written)");
		}
		return new Verification(true, state.checked, null, null);
	}

	static AuditRecord row(ResultSet rs, int n) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
				rs.getObject("entity_id", Long.class), rs.getString("before_state"), rs.getString("after_state"),
				rs.getString("client_address"));
	}

	/** The outcome of a verification: intact, or the first broken record and why. */
	public record Verification(boolean intact, long recordsChecked, @Nullable Long firstBrokenId,
			@Nullable String reason) {

		static Verification broken(long checked, @Nullable Long id, String reason) {
			return new Verification(false, checked, id, reason);
		}
	}
}
