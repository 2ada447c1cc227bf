package org.zhenggai.feedback;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A problem as other modules and API clients see it; its status comes from its measures. */
public record ProblemView(Long id, Long roundId, Long categoryId, int position, String title,
		@Nullable String causeAnalysis, @Nullable Long responsibleLeaderId, @Nullable Long leadDepartmentId,
		List<String> manifestations, Integer version) {
}
