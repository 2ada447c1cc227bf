package org.zhenggai.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.zhenggai.shared.ZhenggaiProperties;

/**
 * Keeps evidence under {@code <data>/files/yyyy/MM/<uuid>}. Keys are made here and checked on every
 * read, so a key can never point outside the folder.
 */
@Component
class LocalEvidenceStore implements EvidenceStore {

	private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f\\-]{36}");

	private final Path root;
	private final Clock clock;

	LocalEvidenceStore(ZhenggaiProperties properties, Clock clock) {
		this.root = properties.filesDir().toAbsolutePath().normalize();
		this.clock = clock;
	}

	@Override
	public String store(InputStream content) throws IOException {
		var today = LocalDate.now(clock);
		String key = "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Files.copy(content, target);
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	private Path resolve(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not an evidence key: " + key);
		}
		return root.resolve(key);
	}
}
