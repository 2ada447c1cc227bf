package org.zhenggai.dispatch;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A decision to minute. NEW_DEADLINE needs a measure heard and {@code newDeadline}; FOLLOW_UP needs
 * a measure heard and {@code followUpText} (its department defaults to the measure's, without a
 * deadline it is done at once).
 */
public record NewDecision(@NotNull DecisionKind kind, @NotBlank @Size(max = 4000) String text,
		@Nullable Long measureId, @Nullable LocalDate newDeadline,
		@Size(max = 4000) @Nullable String followUpText, @Nullable Long followUpDepartmentId,
		@Nullable LocalDate followUpDeadline) {
}
