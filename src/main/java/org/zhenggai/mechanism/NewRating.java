package org.zhenggai.mechanism;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Rates a unit's rectification 好 / 中 / 差 (GOOD, FAIR, POOR); the reason is required. */
public record NewRating(@NotNull Rating rating, @NotBlank @Size(max = 2000) String reason) {
}
