package org.zhenggai.feedback;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to add a problem to a category, with its manifestations in order. */
public record NewProblem(@NotBlank @Size(max = 2000) String title, @Size(max = 10000) @Nullable String causeAnalysis,
		@Nullable Long responsibleLeaderId, @Nullable Long leadDepartmentId,
		@Nullable List<@NotBlank @Size(max = 4000) String> manifestations) {
}
