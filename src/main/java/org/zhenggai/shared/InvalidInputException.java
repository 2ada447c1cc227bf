package org.zhenggai.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a domain rule, with one entry per bad field; the message of each entry is a
 * key of the message bundle so that the UI and the API say it in the reader's language.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("invalid input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String messageKey, Object... args) {
		return new InvalidInputException(List.of(new FieldProblem(field, messageKey, args)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** One bad field: its name as the client sent it, and the message key with arguments. */
	public record FieldProblem(String field, String messageKey, Object... args) {
	}

	/** Collects the problems of several fields so that one answer names them all. */
	public static final class Collector {

		private final List<FieldProblem> problems = new ArrayList<>();

		public Collector reject(String field, String messageKey, Object... args) {
			problems.add(new FieldProblem(field, messageKey, args));
			return this;
		}

		public Collector rejectIf(boolean condition, String field, String messageKey, Object... args) {
			return condition ? reject(field, messageKey, args) : this;
		}

		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
		}
	}
}
