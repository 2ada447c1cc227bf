package org.zhenggai.mechanism;

import java.time.LocalDate;

/**
 * A unit rated 差 (POOR), proposed for a look-back inspection (巡察"回头看"), with the reason it was
 * rated so and the look-backs its round already has.
 */
public record LookBackProposal(Long roundId, Long unitId, String unitName, String reason, LocalDate ratedOn,
		LookBackService.LookBackSummary lookBacks) {
}
