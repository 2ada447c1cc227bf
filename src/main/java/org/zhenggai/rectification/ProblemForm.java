package org.zhenggai.rectification;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.zhenggai.feedback.NewProblem;
import org.zhenggai.feedback.ProblemChange;
import org.zhenggai.feedback.ProblemView;

/** The problem form of the set-up pages: manifestations are typed one per line. */
public record ProblemForm(@Nullable Integer version, @NotBlank @Size(max = 2000) String title,
		@Size(max = 10000) @Nullable String causeAnalysis, @Nullable Long responsibleLeaderId,
		@Nullable Long leadDepartmentId, @Size(max = 40000) @Nullable String manifestations) {

	static ProblemForm empty() {
		return new ProblemForm(null, "", null, null, null, null);
	}

	static ProblemForm of(ProblemView problem) {
		return new ProblemForm(problem.version(), problem.title(), problem.causeAnalysis(),
				problem.responsibleLeaderId(), problem.leadDepartmentId(), String.join("\n", problem.manifestations()));
	}

	NewProblem toNew() {
		return new NewProblem(title, blankToNull(causeAnalysis), responsibleLeaderId, leadDepartmentId, lines());
	}

	ProblemChange toChange() {
		return new ProblemChange(version, title, blankToNull(causeAnalysis), responsibleLeaderId, leadDepartmentId,
				lines());
	}

	private List<String> lines() {
		return manifestations == null ? List.of()
				: Arrays.stream(manifestations.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
