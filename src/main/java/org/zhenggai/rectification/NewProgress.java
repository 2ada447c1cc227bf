package org.zhenggai.rectification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A department's report on a measure; the date defaults to today. */
public record NewProgress(@Nullable LocalDate reportedOn, @NotBlank @Size(max = 4000) String text,
		@NotNull ProgressPhrase phrase) {
}
