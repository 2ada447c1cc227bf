package org.zhenggai.accountability;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A clue or petition of the discipline register, for its readers only (discipline inspection, administrator). */
public record RegisterEntryView(Long id, String kind, Long roundId, LocalDate receivedOn, String source, String summary,
		HandlingStatus status, @Nullable String handedTo, String recordedBy, Integer version) {

	RegisterEntryView(Long id, RegisterEntry.RegisterKind kind, Long roundId, LocalDate receivedOn, String source,
			String summary, HandlingStatus status, @Nullable String handedTo, String recordedBy, Integer version) {
		this(id, kind.name(), roundId, receivedOn, source, summary, status, handedTo, recordedBy, version);
	}
}
