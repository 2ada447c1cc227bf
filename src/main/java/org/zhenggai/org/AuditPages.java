package org.zhenggai.org;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditQuery;

/** The auditor's page: the audit trail, searched by who, what, when and where from. */
@Controller
class AuditPages {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditPages(AuditTrail trail) {
		this.trail = trail;
	}

	@Performs(Action.READ_AUDIT)
	@GetMapping("/audit")
	String audit(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var query = new AuditQuery(actor, action, entityType, from, to, text);
		model.addAttribute("query", query);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("records", trail.search(query, page, PAGE_SIZE));
		return "org/audit";
	}
}
