package org.zhenggai.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Keeps evidence under {@code <data>/files/yyyy/MM/<uuid>}, the default store of a single node. */
class LocalEvidenceStore implements EvidenceStore {

	private final Path root;
	private final Clock clock;

	LocalEvidenceStore(Path root, Clock clock) {
		this.root = root.toAbsolutePath().normalize();
		this.clock = clock;
	}

	@Override
	public String store(InputStream content) throws IOException {
		String key = EvidenceKey.next(clock);
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
		return root.resolve(EvidenceKey.checked(key));
	}
}
