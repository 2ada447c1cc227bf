package org.zhenggai.rectification;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.zhenggai.shared.ZhenggaiProperties;

/**
 * Seals evidence with authenticated encryption (AES or SM4, both in GCM mode) under one key from
 * the configuration. A sealed file starts with a header that names the algorithm and carries the
 * random nonce; the header is authenticated with the content, so a change to either is found.
 *
 * <pre>
 * "ZGEVC" 0x01 | name length | name ("AES-GCM" or "SM4-GCM") | nonce length | nonce | ciphertext and 16-byte tag
 * </pre>
 */
final class EvidenceCipher {

	private static final byte[] MAGIC = { 'Z', 'G', 'E', 'V', 'C', 1 };
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
	private static final SecureRandom RANDOM = new SecureRandom();

	/** The algorithms a header can name; new files use the configured one, old files the one they name. */
	enum Algorithm {

		AES_GCM("AES-GCM", "AES", null), SM4_GCM("SM4-GCM", "SM4", BOUNCY_CASTLE);

		private final String headerName;
		private final String keyAlgorithm;
		private final Provider provider;

		Algorithm(String headerName, String keyAlgorithm, Provider provider) {
			this.headerName = headerName;
			this.keyAlgorithm = keyAlgorithm;
			this.provider = provider;
		}

		String headerName() {
			return headerName;
		}

		static Algorithm of(ZhenggaiProperties.Evidence.Cipher cipher) {
			return cipher == ZhenggaiProperties.Evidence.Cipher.SM4_GCM ? SM4_GCM : AES_GCM;
		}

		static Algorithm named(String name) throws EvidenceUnreadableException {
			for (var algorithm : values()) {
				if (algorithm.headerName.equals(name)) {
					return algorithm;
				}
			}
			throw new EvidenceUnreadableException("sealed with an unknown algorithm '" + name + "'");
		}

		Cipher cipher() throws GeneralSecurityException {
			String transformation = keyAlgorithm + "/GCM/NoPadding";
			return provider == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, provider);
		}

		boolean acceptsKeyOf(int bytes) {
			return this == SM4_GCM ? bytes == 16 : bytes == 16 || bytes == 24 || bytes == 32;
		}
	}

	private final Algorithm algorithm;
	private final byte[] key;

	EvidenceCipher(Algorithm algorithm, byte[] key) {
		if (!algorithm.acceptsKeyOf(key.length)) {
			throw new IllegalArgumentException("zhenggai.evidence.key: " + key.length + " bytes is not a key for "
					+ algorithm.headerName + " (" + (algorithm == Algorithm.SM4_GCM ? "16" : "16, 24 or 32") + " bytes)");
		}
		this.algorithm = algorithm;
		this.key = key.clone();
	}

	/** The cipher the configuration asks for, or {@code null} when no key is set. */
	static EvidenceCipher from(ZhenggaiProperties.Evidence evidence) {
		if (!evidence.encrypted()) {
			return null;
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(evidence.key().strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("zhenggai.evidence.key (ZHENGGAI_EVIDENCE_KEY) is not base64", ex);
		}
		return new EvidenceCipher(Algorithm.of(evidence.cipher()), key);
	}

	Algorithm algorithm() {
		return algorithm;
	}

	/** Whether stored bytes begin like a sealed file; files stored before encryption was turned on do not. */
	static boolean isSealed(byte[] head) {
		return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
	}

	static int headLength() {
		return MAGIC.length;
	}

	byte[] seal(byte[] plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] header = header(algorithm, nonce);
		try {
			var cipher = algorithm.cipher();
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, algorithm.keyAlgorithm), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(header);
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(algorithm.headerName + " is not available in this Java runtime", ex);
		}
	}

	/** The content of a sealed file; refused when it was changed, cut off or sealed under another key. */
	byte[] open(byte[] sealed) throws EvidenceUnreadableException {
		var in = ByteBuffer.wrap(sealed);
		try {
			in.position(MAGIC.length);
			byte[] name = new byte[in.get() & 0xFF];
			in.get(name);
			var named = Algorithm.named(new String(name, StandardCharsets.US_ASCII));
			byte[] nonce = new byte[in.get() & 0xFF];
			in.get(nonce);
			int headerLength = in.position();
			var cipher = named.cipher();
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, named.keyAlgorithm), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(sealed, 0, headerLength);
			return cipher.doFinal(sealed, headerLength, sealed.length - headerLength);
		}
		catch (java.nio.BufferUnderflowException | IllegalArgumentException ex) {
			throw new EvidenceUnreadableException("its encryption header is damaged");
		}
		catch (GeneralSecurityException ex) {
			throw new EvidenceUnreadableException("it failed its integrity check: it was changed after it was stored, "
					+ "or it was encrypted under another key (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static byte[] header(Algorithm algorithm, byte[] nonce) {
		var out = new ByteArrayOutputStream();
		byte[] name = algorithm.headerName.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(MAGIC);
		out.write(name.length);
		out.writeBytes(name);
		out.write(nonce.length);
		out.writeBytes(nonce);
		return out.toByteArray();
	}
}
