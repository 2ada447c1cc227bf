package org.zhenggai.rectification;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A measure with its derived status, as API clients see it. */
public record MeasureView(Long id, Long roundId, Long problemId, int position, String text, MeasureKind kind,
		@Nullable Long responsibleLeaderId, @Nullable Long leadDepartmentId, List<Long> assistingDepartmentIds,
		@Nullable Long responsiblePersonId, @Nullable LocalDate deadline, @Nullable String target,
		MeasureStatus status, boolean overdue, @Nullable ProgressView latestProgress, @Nullable LocalDate closedOn,
		@Nullable String escalationReason, List<SignOff> signOffs, Integer version) {

	/** A department's acknowledgement that it received the measure (签收). */
	public record SignOff(Long departmentId, String signedBy, java.time.Instant signedAt) {
	}

	/** Whether the lead department has signed for the measure. */
	public boolean signedByLead() {
		return signOffs.stream().anyMatch(s -> s.departmentId().equals(leadDepartmentId));
	}
}
