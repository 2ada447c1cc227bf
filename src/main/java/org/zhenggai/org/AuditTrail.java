package org.zhenggai.org;

import org.springframework.stereotype.Service;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.audit.AuditPage;
import org.zhenggai.audit.AuditQuery;

/**
 * The auditor's view of the trail: searched and exported only by those the authorization table
 * allows, and every export of it is itself recorded.
 */
@Service
public class AuditTrail {

	/** The most records one export holds; a wider search is narrowed first. */
	public static final int EXPORT_LIMIT = 50_000;

	private final Access access;
	private final AuditLog audit;

	AuditTrail(Access access, AuditLog audit) {
		this.access = access;
		this.audit = audit;
	}

	public AuditPage search(AuditQuery query, int page, int size) {
		access.require(Action.READ_AUDIT);
		return audit.search(query, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
	}

	public AuditPage export(AuditQuery query) {
		access.require(Action.READ_AUDIT);
		audit.access(AuditAction.EXPORT, "audit-record", null, query);
		return audit.search(query, 0, EXPORT_LIMIT);
	}
}
