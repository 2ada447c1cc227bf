package org.zhenggai.round;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A round of inspections (巡察轮次) as other modules and API clients see it; {@code unitId} is the
 * inspection office that runs it, {@code publishedAt} when its common problems were published.
 */
public record OfficeRoundView(Long id, Long unitId, String name, String inspectingBody, @Nullable LocalDate startsOn,
		@Nullable Instant publishedAt, @Nullable String publishedBy, Integer version) {

	public boolean published() {
		return publishedAt != null;
	}
}
