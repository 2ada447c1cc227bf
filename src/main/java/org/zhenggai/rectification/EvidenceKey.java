package org.zhenggai.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keys of stored evidence, {@code yyyy/MM/<uuid>}: made here and checked on every use, so that a key
 * taken from the database can never point outside the store's folder or prefix.
 */
final class EvidenceKey {

	private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f\\-]{36}");

	private EvidenceKey() {
	}

	static String next(Clock clock) {
		var today = LocalDate.now(clock);
		return "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
	}

	static String checked(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not an evidence key: " + key);
		}
		return key;
	}
}
