package org.zhenggai.mechanism;

/**
 * A problem of an earlier round worded like the one at hand: a suggestion to link, with the
 * similarity of the titles (0 to 1) and whether it is linked already.
 */
public record RecurrenceCandidate(Long problemId, String title, Long roundId, String roundName, Long unitId,
		String unitName, double similarity, boolean linked) {
}
