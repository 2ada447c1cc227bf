package org.zhenggai.mechanism;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The common-problem list (共性问题清单) as a unit sees it once its office published it: each
 * confirmed common problem with how many units share it and which of this round's own problems
 * belong to it. Other units' problem texts are not shown.
 */
public record PublishedCommonProblems(Long roundId, @Nullable Long officeRoundId, @Nullable String officeRoundName,
		@Nullable Instant publishedAt, List<Entry> commonProblems) {

	public boolean published() {
		return publishedAt != null;
	}

	/** One common problem and the unit's own problems under it (none: the unit was not found to have it). */
	public record Entry(Long id, String title, long units, List<OwnProblem> ownProblems) {
	}

	public record OwnProblem(Long problemId, String title) {
	}
}
