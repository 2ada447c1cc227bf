package org.zhenggai.feedback;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A problem's whole editable content and the version it was read at; a stale version is refused. */
public record ProblemChange(@NotNull Integer version, @NotBlank @Size(max = 2000) String title,
		@Size(max = 10000) @Nullable String causeAnalysis, @Nullable Long responsibleLeaderId,
		@Nullable Long leadDepartmentId, @Nullable List<@Size(max = 4000) String> manifestations) {

	public static ProblemChange of(ProblemView problem) {
		return new ProblemChange(problem.version(), problem.title(), problem.causeAnalysis(),
				problem.responsibleLeaderId(), problem.leadDepartmentId(), problem.manifestations());
	}
}
