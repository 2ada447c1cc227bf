package org.zhenggai.dispatch;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A spot check with its sample: how it was drawn (seed and percentage or count, out of how many
 * completed or closed measures) and each measure's result once checked.
 */
public record SpotCheckView(Long id, Long roundId, LocalDate drawnOn, long seed, @Nullable Integer percentage,
		@Nullable Integer count, int population, List<ItemView> items, String drawnBy, Integer version) {

	/** One measure of the sample; {@code result} is null until it is checked. */
	public record ItemView(long measureId, @Nullable SpotCheckResult result, @Nullable String reason,
			@Nullable String checkedBy, @Nullable LocalDate checkedOn) {
	}

	public long checked() {
		return items.stream().filter(i -> i.result() != null).count();
	}

	public long failed() {
		return items.stream().filter(i -> i.result() == SpotCheckResult.FAILED).count();
	}
}
