package org.zhenggai.rectification;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.ZhenggaiProperties;

/**
 * Checks and stores uploaded evidence: size within the limit, not empty, not a program, type
 * told by the content rather than the name. Files stored for a transaction that rolls back are
 * deleted again, so a refused report leaves nothing behind.
 */
@Component
class EvidenceIntake {

	private final EvidenceStore store;
	private final ZhenggaiProperties properties;
	private final Clock clock;

	EvidenceIntake(EvidenceStore store, ZhenggaiProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	DataSize maxFileSize() {
		return properties.evidence().maxFileSize();
	}

	/** Validates every file first, so that one bad file refuses the whole report before anything is stored. */
	List<ProgressReport.Evidence> accept(List<EvidenceUpload> uploads) {
		long limit = properties.evidence().maxFileSize().toBytes();
		var errors = new InvalidInputException.Collector();
		for (int i = 0; i < uploads.size(); i++) {
			var upload = uploads.get(i);
			String field = "files[" + i + "]";
			errors.rejectIf(upload.size() == 0, field, "validation.file-empty", upload.fileName())
				.rejectIf(upload.size() > limit, field, "validation.file-too-large-named", upload.fileName(),
						properties.evidence().maxFileSize().toMegabytes())
				.rejectIf(upload.size() > 0 && ContentType.of(head(upload)).forbidden(), field,
						"validation.file-forbidden", upload.fileName());
		}
		errors.throwIfAny();
		var stored = new ArrayList<ProgressReport.Evidence>();
		for (var upload : uploads) {
			stored.add(storeOne(upload));
		}
		return stored;
	}

	private ProgressReport.Evidence storeOne(EvidenceUpload upload) {
		try (InputStream in = upload.content().getInputStream()) {
			var digest = MessageDigest.getInstance("SHA-256");
			var counting = new DigestInputStream(in, digest);
			String key = store.store(counting);
			deleteOnRollback(key);
			var type = ContentType.of(head(upload));
			return new ProgressReport.Evidence(cleanName(upload.fileName()), type.mediaType(), upload.size(),
					HexFormat.of().formatHex(digest.digest()), key, Instant.now(clock));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store evidence", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private void deleteOnRollback(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							store.delete(key);
						}
						catch (IOException ignored) {
							// a stray file in the store is harmless; the record that would point to it is gone
						}
					}
				}
			});
		}
	}

	private static byte[] head(EvidenceUpload upload) {
		try (var in = new BufferedInputStream(upload.content().getInputStream())) {
			return in.readNBytes(16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keeps the name a user gave for display and download, without any folder part. */
	static String cleanName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		base = base.replaceAll("[\\p{Cntrl}]", "");
		if (base.isEmpty() || base.equals(".") || base.equals("..")) {
			return "evidence";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}
}
