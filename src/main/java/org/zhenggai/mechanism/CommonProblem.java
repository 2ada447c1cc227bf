package org.zhenggai.mechanism;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A common problem (共性问题) of a round of inspections: problems of several units that read alike,
 * under a title the office confirms before it publishes the list to the units.
 */
class CommonProblem {

	@Id
	private @Nullable Long id;
	private Long officeRoundId;
	private int position;
	private String title;
	private boolean confirmed;
	@MappedCollection(idColumn = "common_problem_id")
	private Set<Member> members = new HashSet<>();
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private CommonProblem() {
		// for reading from the database
	}

	CommonProblem(Long officeRoundId, int position, String title, Set<Long> problemIds, Instant createdAt) {
		this.officeRoundId = officeRoundId;
		this.position = position;
		this.title = title;
		problemIds.forEach(p -> members.add(new Member(p)));
		this.createdAt = createdAt;
	}

	void change(String title, boolean confirmed) {
		this.title = title;
		this.confirmed = confirmed;
	}

	@Nullable Long id() {
		return id;
	}

	Long officeRoundId() {
		return officeRoundId;
	}

	int position() {
		return position;
	}

	String title() {
		return title;
	}

	boolean confirmed() {
		return confirmed;
	}

	@Nullable Integer version() {
		return version;
	}

	Set<Long> problemIds() {
		var ids = new HashSet<Long>();
		members.forEach(m -> ids.add(m.problemId()));
		return ids;
	}

	/** One problem of a unit that the common problem groups. */
	@Table("common_problem_member")
	record Member(Long problemId) {
	}
}
