package org.zhenggai.audit;

import java.util.List;

/** One page of audit records, newest first, with the number that match in all. */
public record AuditPage(List<AuditRecord> content, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((totalElements + size - 1) / size);
	}
}
