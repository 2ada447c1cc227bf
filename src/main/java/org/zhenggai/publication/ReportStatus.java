package org.zhenggai.publication;

/** Where a public report stands: the office edits a draft, a leader approves it, then it is published and frozen. */
public enum ReportStatus {
	DRAFT, APPROVED, PUBLISHED
}
