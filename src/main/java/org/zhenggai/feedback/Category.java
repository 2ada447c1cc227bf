package org.zhenggai.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A category (问题类别, 大类, 方面): the first level of the feedback. */
class Category {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private int position;
	private String title;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Category() {
		// for reading from the database
	}

	Category(Long roundId, int position, String title, Instant createdAt) {
		this.roundId = roundId;
		this.position = position;
		this.title = title;
		this.createdAt = createdAt;
	}

	CategoryView view() {
		return new CategoryView(id, roundId, position, title, version);
	}

	void rename(String newTitle) {
		this.title = newTitle.strip();
	}

	int position() {
		return position;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	@Nullable Integer version() {
		return version;
	}

	@Nullable Long id() {
		return id;
	}

	Long roundId() {
		return roundId;
	}
}
