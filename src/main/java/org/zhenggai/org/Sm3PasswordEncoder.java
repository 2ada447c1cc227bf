package org.zhenggai.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords hashed with the Chinese national hash SM3 (GB/T 32905), for deployments that must use
 * national cryptography: PBKDF2 (RFC 8018) with HMAC-SM3, a random 16-byte salt per password and
 * many iterations, so that each guess costs as much as with the adaptive hashes. The iteration
 * count is stored with the hash ({@code $pbkdf2-sm3$i=N$salt$hash}), so it can be raised later and
 * older hashes still verify (and are then re-hashed).
 */
final class Sm3PasswordEncoder implements PasswordEncoder {

	static final int DEFAULT_ITERATIONS = 100_000;
	private static final String PREFIX = "$pbkdf2-sm3$i=";
	private static final int SALT_BYTES = 16;
	private static final int HASH_BITS = 256;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final int iterations;

	Sm3PasswordEncoder() {
		this(DEFAULT_ITERATIONS);
	}

	Sm3PasswordEncoder(int iterations) {
		if (iterations < 1) {
			throw new IllegalArgumentException("iterations must be positive");
		}
		this.iterations = iterations;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		var salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		var b64 = Base64.getEncoder().withoutPadding();
		return PREFIX + iterations + "$" + b64.encodeToString(salt) + "$"
				+ b64.encodeToString(derive(rawPassword, salt, iterations));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		var parsed = Parsed.of(encodedPassword);
		if (parsed == null || rawPassword == null) {
			return false;
		}
		return MessageDigest.isEqual(parsed.hash(), derive(rawPassword, parsed.salt(), parsed.iterations()));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		var parsed = Parsed.of(encodedPassword);
		return parsed == null || parsed.iterations() < iterations;
	}

	private static byte[] derive(CharSequence rawPassword, byte[] salt, int iterations) {
		var generator = new PKCS5S2ParametersGenerator(new SM3Digest());
		generator.init(rawPassword.toString().getBytes(StandardCharsets.UTF_8), salt, iterations);
		return ((KeyParameter) generator.generateDerivedMacParameters(HASH_BITS)).getKey();
	}

	private record Parsed(int iterations, byte[] salt, byte[] hash) {

		static Parsed of(String encoded) {
			if (encoded == null || !encoded.startsWith(PREFIX)) {
				return null;
			}
			String[] parts = encoded.substring(PREFIX.length()).split("\\$");
			if (parts.length != 3) {
				return null;
			}
			try {
				var b64 = Base64.getDecoder();
				return new Parsed(Integer.parseInt(parts[0]), b64.decode(parts[1]), b64.decode(parts[2]));
			}
			catch (IllegalArgumentException malformed) {
				return null;
			}
		}
	}
}
