package org.zhenggai.supervision;

import java.time.LocalDate;

/** A warning raised for a measure: its level, the threshold crossed, the deadline it was about. */
public record WarningView(Long id, Long measureId, WarningLevel level, int thresholdDays, LocalDate deadline,
		LocalDate raisedOn, String measureText, Long problemId) {
}
