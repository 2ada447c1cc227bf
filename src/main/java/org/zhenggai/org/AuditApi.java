package org.zhenggai.org;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditPage;
import org.zhenggai.audit.AuditQuery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Audit trail", description = "The append-only, hash-chained record of every change and access; for auditors")
class AuditApi {

	private final AuditTrail trail;

	AuditApi(AuditTrail trail) {
		this.trail = trail;
	}

	@Performs(Action.READ_AUDIT)
	@GetMapping("/api/v1/audit-records")
	@Operation(summary = "Search the audit trail, newest first (page size at most 200)")
	AuditPage search(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return trail.search(new AuditQuery(actor, action, entityType, from, to, text), page, size);
	}
}
