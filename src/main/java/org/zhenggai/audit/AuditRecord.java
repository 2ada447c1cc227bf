package org.zhenggai.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One entry of the audit trail; the states are the entity's JSON before and after the change. */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, String entityType,
		@Nullable Long entityId, @Nullable String beforeState, @Nullable String afterState,
		@Nullable String clientAddress) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The top-level fields whose values differ between before and after, for people to read. */
	public List<Change> changes() {
		var before = fields(beforeState);
		var after = fields(afterState);
		var names = new TreeSet<>(before.keySet());
		names.addAll(after.keySet());
		var changes = new ArrayList<Change>();
		for (String name : names) {
			String old = text(before.get(name));
			String now = text(after.get(name));
			if (!Objects.equals(old, now)) {
				changes.add(new Change(name, old, now));
			}
		}
		return changes;
	}

	private static Map<String, JsonNode> fields(@Nullable String state) {
		var fields = new LinkedHashMap<String, JsonNode>();
		if (state != null) {
			JSON.readTree(state).properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
		}
		return fields;
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

	/** One field's value before and after a change; null where the field was empty. */
	public record Change(String field, @Nullable String before, @Nullable String after) {
	}
}
