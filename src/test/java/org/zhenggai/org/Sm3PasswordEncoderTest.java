package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class Sm3PasswordEncoderTest {

	private final Sm3PasswordEncoder sm3 = new Sm3PasswordEncoder(1_000);

	@Test
	void theDigestIsSm3() {
		// GB/T 32905-2016, example 1
		var digest = new SM3Digest();
		digest.update("abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
		var out = new byte[32];
		digest.doFinal(out, 0);
		assertThat(HexFormat.of().formatHex(out))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void aPasswordVerifiesAndAnotherDoesNot() {
		String hash = sm3.encode("Zheng#gai2026");

		assertThat(hash).startsWith("$pbkdf2-sm3$i=1000$");
		assertThat(sm3.matches("Zheng#gai2026", hash)).isTrue();
		assertThat(sm3.matches("Zheng#gai2027", hash)).isFalse();
		assertThat(sm3.matches("Zheng#gai2026", "garbage")).isFalse();
	}

	@Test
	void eachPasswordGetsItsOwnSalt() {
		assertThat(sm3.encode("Zheng#gai2026")).isNotEqualTo(sm3.encode("Zheng#gai2026"));
	}

	@Test
	void oneIterationIsOneHmacSm3OfTheSaltAndBlockIndex() {
		String hash = new Sm3PasswordEncoder(1).encode("Zheng#gai2026");
		String[] parts = hash.split("\\$");
		byte[] salt = Base64.getDecoder().decode(parts[3]);
		byte[] stored = Base64.getDecoder().decode(parts[4]);

		var hmac = new HMac(new SM3Digest());
		hmac.init(new KeyParameter("Zheng#gai2026".getBytes(StandardCharsets.UTF_8)));
		hmac.update(salt, 0, salt.length);
		hmac.update(new byte[] { 0, 0, 0, 1 }, 0, 4);
		var expected = new byte[32];
		hmac.doFinal(expected, 0);

		assertThat(stored).isEqualTo(expected);
	}

	@Test
	void theIterationCountTravelsWithTheHashAndALowerOneIsUpgraded() {
		String old = new Sm3PasswordEncoder(10).encode("Zheng#gai2026");

		assertThat(sm3.matches("Zheng#gai2026", old)).isTrue();
		assertThat(sm3.upgradeEncoding(old)).isTrue();
		assertThat(sm3.upgradeEncoding(sm3.encode("Zheng#gai2026"))).isFalse();
	}

	@Test
	void afterSwitchingEitherKindOfStoredHashStillVerifies() {
		var bcryptFirst = PasswordConfiguration.passwordEncoder("bcrypt");
		var sm3Now = PasswordConfiguration.passwordEncoder("sm3");
		String bcryptHash = bcryptFirst.encode("Zheng#gai2026");
		String sm3Hash = sm3Now.encode("Zheng#gai2026");

		assertThat(bcryptHash).startsWith("{bcrypt}");
		assertThat(sm3Hash).startsWith("{sm3}$pbkdf2-sm3$");
		assertThat(sm3Now.matches("Zheng#gai2026", bcryptHash)).isTrue();
		assertThat(bcryptFirst.matches("Zheng#gai2026", sm3Hash)).isTrue();
		assertThat(sm3Now.matches("wrong", bcryptHash)).isFalse();
		// the hash of the kind no longer chosen is replaced at the next login
		assertThat(sm3Now.upgradeEncoding(bcryptHash)).isTrue();
		assertThat(sm3Now.upgradeEncoding(sm3Hash)).isFalse();
	}
}
