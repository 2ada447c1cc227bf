package org.zhenggai.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A problem of the feedback: the unit of "one problem, one plan" (一问一案), answered for by one
 * responsible leader, with the concrete manifestations the inspection group found.
 */
class Problem {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private Long categoryId;
	private int position;
	private String title;
	private @Nullable String causeAnalysis;
	private @Nullable Long responsibleLeaderId;
	private @Nullable Long leadDepartmentId;
	@MappedCollection(idColumn = "problem_id", keyColumn = "position")
	private List<Manifestation> manifestations = new ArrayList<>();
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Problem() {
		// for reading from the database
	}

	Problem(Long roundId, Long categoryId, int position, NewProblem command, Instant createdAt) {
		this.roundId = roundId;
		this.categoryId = categoryId;
		this.position = position;
		this.title = command.title().strip();
		this.causeAnalysis = command.causeAnalysis();
		this.responsibleLeaderId = command.responsibleLeaderId();
		this.leadDepartmentId = command.leadDepartmentId();
		if (command.manifestations() != null) {
			command.manifestations().forEach(text -> manifestations.add(new Manifestation(text.strip())));
		}
		this.createdAt = createdAt;
	}

	/** Replaces the editable content with what the edit form or the API sent. */
	void change(ProblemChange change) {
		this.title = change.title().strip();
		this.causeAnalysis = change.causeAnalysis();
		this.responsibleLeaderId = change.responsibleLeaderId();
		this.leadDepartmentId = change.leadDepartmentId();
		this.manifestations = new ArrayList<>();
		if (change.manifestations() != null) {
			change.manifestations().stream().filter(m -> !m.isBlank())
				.forEach(text -> manifestations.add(new Manifestation(text.strip())));
		}
	}

	int position() {
		return position;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	Long categoryId() {
		return categoryId;
	}

	@Nullable Integer version() {
		return version;
	}

	ProblemView view() {
		return new ProblemView(id, roundId, categoryId, position, title, causeAnalysis, responsibleLeaderId,
				leadDepartmentId, manifestations.stream().map(Manifestation::text).toList(), version);
	}

	/** A concrete instance of the problem (具体表现), e.g. one case the group found. */
	record Manifestation(String text) {
	}
}
