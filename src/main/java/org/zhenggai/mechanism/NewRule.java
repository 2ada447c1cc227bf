package org.zhenggai.mechanism;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A rule to record: 《title》, its document number (文号), the date issued, new or revised, and the problems it answers. */
public record NewRule(@NotBlank @Size(max = 500) String title, @Size(max = 100) @Nullable String documentNumber,
		@NotNull LocalDate issuedOn, @NotNull RuleKind kind, @NotEmpty List<Long> problemIds) {
}
