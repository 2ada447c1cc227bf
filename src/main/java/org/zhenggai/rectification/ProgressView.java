package org.zhenggai.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A progress report as API clients see it. */
public record ProgressView(Long id, Long measureId, LocalDate reportedOn, String text, ProgressPhrase phrase,
		String author, Instant createdAt, List<EvidenceView> evidence) {
}
