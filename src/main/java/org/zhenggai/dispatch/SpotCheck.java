package org.zhenggai.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A spot check (抽查): a random sample of a round's completed or closed measures, drawn with a
 * seed so that the same draw can be shown again, and the result of checking each one.
 */
class SpotCheck {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private LocalDate drawnOn;
	private long seed;
	private @Nullable Integer percentage;
	private @Nullable Integer sampleSize;
	private int population;
	private String drawnBy;
	@MappedCollection(idColumn = "spot_check_id", keyColumn = "position")
	private List<Item> items = new ArrayList<>();
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private SpotCheck() {
		// for reading from the database
	}

	SpotCheck(Long roundId, LocalDate drawnOn, SpotSample sample, String drawnBy, Instant createdAt) {
		this.roundId = roundId;
		this.drawnOn = drawnOn;
		this.seed = sample.seed();
		this.percentage = sample.percentage();
		this.sampleSize = sample.count();
		this.population = sample.population();
		this.drawnBy = drawnBy;
		this.createdAt = createdAt;
		sample.measureIds().forEach(m -> items.add(new Item(m, null, null, null, null)));
	}

	Optional<Item> item(long measureId) {
		return items.stream().filter(i -> i.measureId() == measureId).findFirst();
	}

	void record(long measureId, SpotCheckResult result, @Nullable String reason, String by, LocalDate on) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).measureId() == measureId) {
				items.set(i, new Item(measureId, result, reason, by, on));
			}
		}
	}

	SpotCheckView view() {
		return new SpotCheckView(id, roundId, drawnOn, seed, percentage, sampleSize, population,
				items.stream().map(Item::view).toList(), drawnBy, version);
	}

	/** One measure of the sample and, once checked, its result. */
	@Table("spot_check_item")
	record Item(long measureId, @Nullable SpotCheckResult result, @Nullable String reason, @Nullable String checkedBy,
			@Nullable LocalDate checkedOn) {

		SpotCheckView.ItemView view() {
			return new SpotCheckView.ItemView(measureId, result, reason, checkedBy, checkedOn);
		}
	}
}
