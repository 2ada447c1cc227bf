package org.zhenggai.audit;

/**
 * What an audit record tells: a change to an entity (create, update, delete), or an access that
 * changed nothing but must be traceable (a login, a logout, an export, a download, a refusal).
 */
public enum AuditAction {
	CREATE, UPDATE, DELETE, EXPORT, DOWNLOAD, REFUSE
}
