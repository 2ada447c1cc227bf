package org.zhenggai.rectification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A partial edit of a measure: fields left out stay as they are. {@code version} is the version the
 * editor read; if the measure changed since, the edit is refused rather than overwriting it.
 */
public record MeasureChange(@NotNull Integer version,
		@Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
		@Size(max = 4000) @Nullable String text,
		@Nullable MeasureKind kind, @Nullable Long responsibleLeaderId, @Nullable Long leadDepartmentId,
		@Nullable List<Long> assistingDepartmentIds, @Nullable Long responsiblePersonId,
		@Nullable LocalDate deadline, @Size(max = 2000) @Nullable String target) {

	MeasureDraft applyTo(MeasureDraft current) {
		return new MeasureDraft(text != null ? text : current.text(), kind != null ? kind : current.kind(),
				responsibleLeaderId != null ? responsibleLeaderId : current.responsibleLeaderId(),
				leadDepartmentId != null ? leadDepartmentId : current.leadDepartmentId(),
				assistingDepartmentIds != null ? assistingDepartmentIds : current.assistingDepartmentIds(),
				responsiblePersonId != null ? responsiblePersonId : current.responsiblePersonId(),
				deadline != null ? deadline : current.deadline(), target != null ? target : current.target());
	}
}
