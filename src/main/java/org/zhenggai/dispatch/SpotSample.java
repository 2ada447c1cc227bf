package org.zhenggai.dispatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * Which measures a draw picks: the population in ledger order is shuffled by {@link Random} with
 * the seed, whose sequence Java specifies exactly, so one seed gives one sample on every server.
 *
 * @param measureIds the sample, in ledger order
 */
record SpotSample(long seed, @Nullable Integer percentage, @Nullable Integer count, int population,
		List<Long> measureIds) {

	static SpotSample draw(List<Long> populationInLedgerOrder, long seed, @Nullable Integer percentage,
			@Nullable Integer count) {
		int size = populationInLedgerOrder.size();
		int wanted = count != null ? Math.min(count, size)
				: (int) Math.min(size, Math.max(1, Math.ceil(size * percentage / 100.0)));
		var shuffled = new ArrayList<>(populationInLedgerOrder);
		Collections.sort(shuffled);
		Collections.shuffle(shuffled, new Random(seed));
		var chosen = shuffled.subList(0, wanted);
		var sample = populationInLedgerOrder.stream().filter(chosen::contains).toList();
		return new SpotSample(seed, percentage, count, size, sample);
	}
}
