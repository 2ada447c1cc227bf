package org.zhenggai.rectification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The measure edit form: the whole editable content and the version it was read at. */
public record MeasureForm(@NotNull Integer version, @NotBlank @Size(max = 4000) String text, @NotNull MeasureKind kind,
		@Nullable Long responsibleLeaderId, @Nullable Long leadDepartmentId, @Nullable List<Long> assistingDepartmentIds,
		@Nullable Long responsiblePersonId, @Nullable LocalDate deadline, @Size(max = 2000) @Nullable String target) {

	static MeasureForm of(MeasureView measure) {
		return new MeasureForm(measure.version(), measure.text(), measure.kind(), measure.responsibleLeaderId(),
				measure.leadDepartmentId(), measure.assistingDepartmentIds(), measure.responsiblePersonId(),
				measure.deadline(), measure.target());
	}

	MeasureDraft draft() {
		return new MeasureDraft(text, kind, responsibleLeaderId, leadDepartmentId,
				assistingDepartmentIds == null ? List.of() : assistingDepartmentIds, responsiblePersonId, deadline, target);
	}

	MeasureForm withVersion(Integer newVersion) {
		return new MeasureForm(newVersion, text, kind, responsibleLeaderId, leadDepartmentId, assistingDepartmentIds,
				responsiblePersonId, deadline, target);
	}
}
