package org.zhenggai.audit;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * What the auditor searches the trail by; every field left empty does not narrow. Days are those
 * of China, from the first day's start to the last day's end.
 */
public record AuditQuery(@Nullable String actor, @Nullable AuditAction action, @Nullable String entityType,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}
}
