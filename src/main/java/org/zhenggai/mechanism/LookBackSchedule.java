package org.zhenggai.mechanism;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * When to look back at a closed problem: on a date, or a number of months after it was closed;
 * with neither, 3 and 6 months after closing.
 */
public record LookBackSchedule(@Nullable LocalDate dueOn, @Nullable List<@Min(1) @Max(60) Integer> monthsAfterClosing) {
}
