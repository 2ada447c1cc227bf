package org.zhenggai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A small sum in Chinese words (三加五等于几？) asked on the opinion form, so that a person answers
 * it easily and a simple robot does not. The question travels with the form as a signed token that
 * holds no answer: the server keeps nothing and any node checks it.
 */
@Component
class RobotCheck {

	private static final String[] NUMERALS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	/** How long a question stays answerable. */
	static final long MINUTES_VALID = 60;

	private final PublicNames names;
	private final Clock clock;

	RobotCheck(PublicNames names, Clock clock) {
		this.names = names;
		this.clock = clock;
	}

	/** A question, e.g. 三加五等于几？, and the token that lets the answer be checked. */
	record Question(String text, String token) {
	}

	Question ask() {
		int a = 1 + names.nextInt(9);
		int b = 1 + names.nextInt(9);
		boolean plus = a <= b || names.nextInt(2) == 0;
		int answer = plus ? a + b : a - b;
		String text = NUMERALS[a] + (plus ? "加" : "减") + NUMERALS[b] + "等于几？";
		long expires = Instant.now(clock).plus(MINUTES_VALID, ChronoUnit.MINUTES).getEpochSecond();
		String payload = expires + "." + names.next(12);
		return new Question(text, payload + "." + names.sign("robot-check." + payload + "." + answer));
	}

	/** Whether the answer (in digits, as the form asks) is right for the token and the token still valid. */
	boolean passes(@Nullable String token, @Nullable String answer) {
		if (token == null || answer == null) {
			return false;
		}
		String[] parts = token.split("\\.");
		String given = answer.strip();
		if (parts.length != 3 || !given.matches("-?\\d{1,3}")) {
			return false;
		}
		long expires;
		try {
			expires = Long.parseLong(parts[0]);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (Instant.now(clock).getEpochSecond() > expires) {
			return false;
		}
		String expected = names.sign("robot-check." + parts[0] + "." + parts[1] + "." + Integer.parseInt(given));
		return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				parts[2].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}
}
