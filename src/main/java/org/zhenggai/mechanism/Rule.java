package org.zhenggai.mechanism;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A rule (制度) written or revised because of problems of the round: title, document number, date. */
class Rule {

	@Id
	private @Nullable Long id;
	private Long roundId;
	private String title;
	private @Nullable String documentNumber;
	private LocalDate issuedOn;
	private RuleKind kind;
	@MappedCollection(idColumn = "rule_id")
	private Set<AnsweredProblem> problems = new HashSet<>();
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Rule() {
		// for reading from the database
	}

	Rule(Long roundId, NewRule command, Instant createdAt) {
		this.roundId = roundId;
		this.title = command.title().strip();
		this.documentNumber = command.documentNumber() == null || command.documentNumber().isBlank() ? null
				: command.documentNumber().strip();
		this.issuedOn = command.issuedOn();
		this.kind = command.kind();
		command.problemIds().stream().distinct().forEach(p -> problems.add(new AnsweredProblem(p)));
		this.createdAt = createdAt;
	}

	RuleView view() {
		return new RuleView(id, roundId, title, documentNumber, issuedOn, kind,
				problems.stream().map(AnsweredProblem::problemId).sorted().toList(), version);
	}

	/** A problem the rule answers. */
	@Table("rule_problem")
	record AnsweredProblem(long problemId) {
	}
}
