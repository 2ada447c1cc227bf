package org.zhenggai.rectification;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One row of the ledger: a measure in the context of its problem and category. */
public record LedgerRow(long measureId, long roundId, int measurePosition, String measureText, MeasureKind kind, long categoryId,
		int categoryPosition, String categoryTitle, long problemId, int problemPosition, String problemTitle,
		@Nullable Long responsibleLeaderId, @Nullable String responsibleLeaderName, @Nullable Long leadDepartmentId,
		@Nullable String leadDepartmentName, List<String> assistingDepartmentNames,
		@Nullable Long responsiblePersonId, @Nullable String responsiblePersonName, @Nullable LocalDate deadline,
		@Nullable String target, @Nullable LocalDate progressDate, @Nullable String progressText,
		@Nullable ProgressPhrase progressPhrase, MeasureStatus status, boolean overdue, int version) {

	/** A measure due within this many days is shown as due soon. */
	public static final int DUE_SOON_DAYS = 7;

	/** Red overdue, yellow due soon, green completed, grey closed, plain otherwise. */
	public enum Tone {
		OVERDUE, DUE_SOON, COMPLETED, CLOSED, NORMAL
	}

	/** How urgent the row looks: the colour a ledger gives it. */
	public Tone tone(LocalDate today) {
		if (overdue) {
			return Tone.OVERDUE;
		}
		if (status == MeasureStatus.CLOSED) {
			return Tone.CLOSED;
		}
		if (status == MeasureStatus.COMPLETED) {
			return Tone.COMPLETED;
		}
		return deadline != null && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Tone.DUE_SOON : Tone.NORMAL;
	}

	/** Days until the deadline (negative when late), or null for work without one. */
	public @Nullable Long daysLeft(LocalDate today) {
		return deadline == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
	}

	LedgerRow withAssistingDepartments(List<String> names) {
		return new LedgerRow(measureId, roundId, measurePosition, measureText, kind, categoryId, categoryPosition, categoryTitle,
				problemId, problemPosition, problemTitle, responsibleLeaderId, responsibleLeaderName, leadDepartmentId,
				leadDepartmentName, List.copyOf(names), responsiblePersonId, responsiblePersonName, deadline, target,
				progressDate, progressText, progressPhrase, status, overdue, version);
	}
}
