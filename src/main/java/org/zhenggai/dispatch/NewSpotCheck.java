package org.zhenggai.dispatch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * How to draw a spot check: either a percentage or a count of the round's completed or closed
 * measures; a seed repeats an earlier draw, without one a new seed is chosen and kept.
 */
public record NewSpotCheck(@Min(1) @Max(100) @Nullable Integer percentage, @Min(1) @Nullable Integer count,
		@Nullable Long seed) {
}
