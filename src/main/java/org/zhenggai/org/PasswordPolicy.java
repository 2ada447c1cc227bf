package org.zhenggai.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhenggai.shared.InvalidInputException;

/**
 * The rule for every password that is set, whoever sets it: at least {@value #MIN_LENGTH} characters
 * with at least three of the four kinds (capital letters, small letters, digits, symbols). A refusal
 * names what is missing, in the reader's language.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;
	static final int MAX_LENGTH = 128;
	static final int KINDS_NEEDED = 3;

	/** The four kinds of character, each with its message key. */
	enum Kind {

		UPPER("password.kind.upper"), LOWER("password.kind.lower"), DIGIT("password.kind.digit"),
		SYMBOL("password.kind.symbol");

		private final String messageKey;

		Kind(String messageKey) {
			this.messageKey = messageKey;
		}

		static Kind of(int c) {
			if (Character.isUpperCase(c)) {
				return UPPER;
			}
			if (Character.isLowerCase(c)) {
				return LOWER;
			}
			if (Character.isDigit(c)) {
				return DIGIT;
			}
			return SYMBOL;
		}
	}

	private PasswordPolicy() {
	}

	/** Refuses a password that breaks the rule, naming the field and what is missing. */
	static void check(String field, String password) {
		problem(password).ifPresent(p -> {
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(field, p.messageKey(), p.args())));
		});
	}

	/** What is wrong with a password, if anything: too short, too long, or too few kinds of character. */
	static Optional<InvalidInputException.FieldProblem> problem(String password) {
		String given = password == null ? "" : password;
		int length = given.codePointCount(0, given.length());
		if (length > MAX_LENGTH) {
			return Optional.of(new InvalidInputException.FieldProblem("", "validation.password-too-long", MAX_LENGTH));
		}
		var missing = missingKinds(given);
		boolean fewKinds = Kind.values().length - missing.size() < KINDS_NEEDED;
		if (length < MIN_LENGTH || fewKinds) {
			var parts = new ArrayList<Object>();
			if (length < MIN_LENGTH) {
				parts.add(new DefaultMessageSourceResolvable(new String[] { "password.missing.length" },
						new Object[] { MIN_LENGTH, length }));
			}
			if (fewKinds) {
				parts.add(new DefaultMessageSourceResolvable(new String[] { "password.missing.kinds" },
						new Object[] { KINDS_NEEDED, Kind.values().length - missing.size(), joined("password.list.", missing) }));
			}
			return Optional.of(new InvalidInputException.FieldProblem("", "validation.password-weak", joined("password.parts.", parts)));
		}
		return Optional.empty();
	}

	static List<Kind> missingKinds(String password) {
		var present = java.util.EnumSet.noneOf(Kind.class);
		password.codePoints().forEach(c -> present.add(Kind.of(c)));
		return java.util.EnumSet.complementOf(present).stream().toList();
	}

	/** Several texts in one, joined the way the language joins a list ("、" in Chinese). */
	private static DefaultMessageSourceResolvable joined(String prefix, List<?> items) {
		Object[] args = items.stream()
			.map(item -> item instanceof Kind kind ? new DefaultMessageSourceResolvable(kind.messageKey) : item)
			.toArray();
		return new DefaultMessageSourceResolvable(new String[] { prefix + args.length }, args);
	}
}
