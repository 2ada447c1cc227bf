package org.zhenggai.rectification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to add a measure to a problem. Leader and lead department default to the
 * problem's own when left out.
 */
public record NewMeasure(@NotBlank @Size(max = 4000) String text, @NotNull MeasureKind kind,
		@Nullable Long responsibleLeaderId, @Nullable Long leadDepartmentId,
		@Nullable List<Long> assistingDepartmentIds, @Nullable Long responsiblePersonId,
		@Nullable LocalDate deadline, @Size(max = 2000) @Nullable String target) {
}
