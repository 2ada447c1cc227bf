package org.zhenggai.publication;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A public report as the office sees it: any edition of a round's report, in any status, with its
 * text. {@code number} is the name it has in public URLs once published.
 */
public record PublicReportView(Long id, Long unitId, Long roundId, String number, int edition, ReportStatus status,
		String title, String body, String preparedBy, Instant preparedAt, @Nullable String approvedBy,
		@Nullable Instant approvedAt, @Nullable LocalDate publishedOn, @Nullable String publishedBy, Integer version) {
}
