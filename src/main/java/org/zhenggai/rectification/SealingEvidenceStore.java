package org.zhenggai.rectification;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts evidence on its way into a store and decrypts it on the way out, when a key is
 * configured. Reading always looks at the file's header, so files stored before encryption was
 * turned on are served as they are, and a sealed file without the key is refused plainly.
 * A sealed file is checked whole before any byte of it is served.
 */
final class SealingEvidenceStore implements EvidenceStore, AutoCloseable {

	private final EvidenceStore files;
	private final @Nullable EvidenceCipher cipher;

	SealingEvidenceStore(EvidenceStore files, @Nullable EvidenceCipher cipher) {
		this.files = files;
		this.cipher = cipher;
	}

	@Override
	public String store(InputStream content) throws IOException {
		if (cipher == null) {
			return files.store(content);
		}
		return files.store(new ByteArrayInputStream(cipher.seal(content.readAllBytes())));
	}

	@Override
	public InputStream open(String key) throws IOException {
		var in = new BufferedInputStream(files.open(key));
		try {
			in.mark(EvidenceCipher.headLength());
			byte[] head = in.readNBytes(EvidenceCipher.headLength());
			in.reset();
			if (!EvidenceCipher.isSealed(head)) {
				return in;
			}
			if (cipher == null) {
				throw new EvidenceUnreadableException("it is encrypted and no key is configured (zhenggai.evidence.key)");
			}
			byte[] sealed = in.readAllBytes();
			in.close();
			return new ByteArrayInputStream(cipher.open(sealed));
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	@Override
	public void delete(String key) throws IOException {
		files.delete(key);
	}

	@Override
	public void close() throws Exception {
		if (files instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}
}
