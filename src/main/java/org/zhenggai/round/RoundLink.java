package org.zhenggai.round;

import jakarta.validation.constraints.NotNull;

/** Puts an existing unit round into a round of inspections. */
public record RoundLink(@NotNull Long roundId) {
}
