package org.zhenggai.rectification;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The editable content of a measure, whole, as it will stand once checked and saved. */
record MeasureDraft(String text, MeasureKind kind, @Nullable Long responsibleLeaderId,
		@Nullable Long leadDepartmentId, List<Long> assistingDepartmentIds, @Nullable Long responsiblePersonId,
		@Nullable LocalDate deadline, @Nullable String target) {
}
