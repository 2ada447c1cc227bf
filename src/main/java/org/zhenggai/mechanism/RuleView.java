package org.zhenggai.mechanism;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A rule as API clients see it, with the problems it answers. */
public record RuleView(Long id, Long roundId, String title, @Nullable String documentNumber, LocalDate issuedOn,
		RuleKind kind, List<Long> problemIds, Integer version) {
}
