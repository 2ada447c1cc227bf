package org.zhenggai.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A measure (整改措施): a piece of work that fixes a problem or part of it, with the leader who
 * answers for it, the department that does it, the person named and the date it is due.
 */
class Measure {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private Long problemId;
	private int position;
	private String text;
	private MeasureKind kind;
	private @Nullable Long responsibleLeaderId;
	private @Nullable Long leadDepartmentId;
	@MappedCollection(idColumn = "measure_id")
	private Set<AssistingDepartment> assistingDepartments = new HashSet<>();
	private @Nullable Long responsiblePersonId;
	private @Nullable LocalDate deadline;
	private @Nullable String target;
	private @Nullable LocalDate closedOn;
	private @Nullable String escalationReason;
	private @Nullable Instant escalatedAt;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Measure() {
		// for reading from the database
	}

	Measure(Long roundId, Long problemId, int position, MeasureDraft draft, Instant createdAt) {
		this.roundId = roundId;
		this.problemId = problemId;
		this.position = position;
		this.createdAt = createdAt;
		apply(draft);
	}

	/** The editable part of the measure, as one value to validate before it is applied. */
	MeasureDraft draft() {
		return new MeasureDraft(text, kind, responsibleLeaderId, leadDepartmentId, assistingDepartmentIds(),
				responsiblePersonId, deadline, target);
	}

	void apply(MeasureDraft draft) {
		this.text = draft.text().strip();
		this.kind = draft.kind();
		this.responsibleLeaderId = draft.responsibleLeaderId();
		this.leadDepartmentId = draft.leadDepartmentId();
		this.assistingDepartments = new HashSet<>();
		draft.assistingDepartmentIds().forEach(id -> assistingDepartments.add(new AssistingDepartment(id)));
		this.responsiblePersonId = draft.responsiblePersonId();
		this.deadline = draft.deadline();
		this.target = draft.target();
	}

	List<Long> assistingDepartmentIds() {
		return assistingDepartments.stream().map(AssistingDepartment::departmentId).sorted().toList();
	}

	@Nullable Long id() {
		return id;
	}

	Long roundId() {
		return roundId;
	}

	Long problemId() {
		return problemId;
	}

	int position() {
		return position;
	}

	/** Closed after review (已销号): counts as done until a check reopens it. */
	void close(LocalDate on) {
		this.closedOn = on;
	}

	void reopen() {
		this.closedOn = null;
	}

	/** Handed to the level above because the unit cannot fix it alone; it stays visible as such. */
	void escalate(String reason, Instant at) {
		this.escalationReason = reason;
		this.escalatedAt = at;
	}

	@Nullable LocalDate closedOn() {
		return closedOn;
	}

	@Nullable String escalationReason() {
		return escalationReason;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	@Nullable Integer version() {
		return version;
	}

	@Nullable LocalDate deadline() {
		return deadline;
	}

	/** A department that assists the lead department (配合科室). */
	@Table("measure_assisting_department")
	record AssistingDepartment(Long departmentId) {
	}
}
