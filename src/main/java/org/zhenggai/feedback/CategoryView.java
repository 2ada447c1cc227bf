package org.zhenggai.feedback;

/** A category as other modules and API clients see it. */
public record CategoryView(Long id, Long roundId, int position, String title, Integer version) {
}
