package org.zhenggai.audit;

/** What a change did to an entity. */
public enum AuditAction {
	CREATE, UPDATE, DELETE
}
