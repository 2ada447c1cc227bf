package org.zhenggai.mechanism;

import java.util.List;

/** A common problem with the units that have it and their problem texts, as the office sees it. */
public record CommonProblemView(Long id, Long officeRoundId, int position, String title, boolean confirmed,
		long units, List<MemberProblem> problems, Integer version) {

	/** One unit's problem grouped under the common problem. */
	public record MemberProblem(Long problemId, String title, Long roundId, Long unitId, String unitName) {
	}
}
