package org.zhenggai.dispatch;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A dispatch meeting as API clients see it: who met when, the measures heard and the decisions taken. */
public record DispatchMeetingView(Long id, Long roundId, LocalDate heldOn, Long chairId, String attendees,
		@Nullable String summary, List<Long> measureIds, List<DecisionView> decisions, String recordedBy,
		Integer version) {

	/**
	 * A decision: for NEW_DEADLINE the measure with its deadline before and after; for FOLLOW_UP the
	 * measure heard and the follow-up measure it created.
	 */
	public record DecisionView(DecisionKind kind, String text, @Nullable Long measureId,
			@Nullable LocalDate newDeadline, @Nullable LocalDate previousDeadline, @Nullable Long followUpMeasureId) {
	}
}
