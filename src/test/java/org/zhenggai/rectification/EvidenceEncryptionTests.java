package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.zhenggai.rectification.EvidenceCipher.Algorithm;
import org.zhenggai.shared.ZhenggaiProperties;

/** Evidence sealed with AES-GCM or SM4-GCM: read back as stored, changes found, older plain files still served. */
class EvidenceEncryptionTests {

	private static final byte[] MINUTES = "党组会议纪要：研究整改方案，明确责任分工。".repeat(50).getBytes(StandardCharsets.UTF_8);
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Algorithm.class)
	void aSealedFileReadsBackAsItWasStoredAndIsNotPlainOnDisk(Algorithm algorithm) throws IOException {
		var store = sealed(algorithm, key(16));

		String key = store.store(new ByteArrayInputStream(MINUTES));

		byte[] onDisk = Files.readAllBytes(folder.resolve(key));
		assertThat(new String(onDisk, 0, 6, StandardCharsets.US_ASCII)).startsWith("ZGEVC");
		assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).contains(algorithm.headerName());
		assertThat(indexOf(onDisk, "党组会议纪要".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
		assertThat(onDisk.length).isGreaterThan(MINUTES.length);
		try (var in = store.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(MINUTES);
		}
	}

	@Test
	void theSameContentSealedTwiceDiffersByItsRandomNonce() throws IOException {
		var store = sealed(Algorithm.AES_GCM, key(32));

		byte[] first = Files.readAllBytes(folder.resolve(store.store(new ByteArrayInputStream(MINUTES))));
		byte[] second = Files.readAllBytes(folder.resolve(store.store(new ByteArrayInputStream(MINUTES))));

		assertThat(first).isNotEqualTo(second);
	}

	@ParameterizedTest
	@EnumSource(Algorithm.class)
	void aChangedByteAnywhereIsFoundAndNothingIsServed(Algorithm algorithm) throws IOException {
		var store = sealed(algorithm, key(16));
		String key = store.store(new ByteArrayInputStream(MINUTES));
		Path file = folder.resolve(key);
		byte[] original = Files.readAllBytes(file);

		for (int position : new int[] { 8, 20, original.length / 2, original.length - 1 }) {
			byte[] changed = original.clone();
			changed[position] ^= 0x01;
			Files.write(file, changed);

			assertThatThrownBy(() -> store.open(key)).as("byte %d changed", position)
				.isInstanceOf(EvidenceUnreadableException.class);
		}
		Files.write(file, java.util.Arrays.copyOf(original, original.length - 10));
		assertThatThrownBy(() -> store.open(key)).as("cut off").isInstanceOf(EvidenceUnreadableException.class)
			.hasMessageContaining("integrity check");
	}

	@Test
	void aHeaderThatNamesAnotherAlgorithmIsFound() throws IOException {
		var store = sealed(Algorithm.AES_GCM, key(16));
		String key = store.store(new ByteArrayInputStream(MINUTES));
		Path file = folder.resolve(key);
		byte[] changed = Files.readAllBytes(file);
		changed[7] = 'S'; // "AES-GCM" becomes "SES-GCM"
		Files.write(file, changed);

		assertThatThrownBy(() -> store.open(key)).isInstanceOf(EvidenceUnreadableException.class)
			.hasMessageContaining("unknown algorithm 'SES-GCM'");
	}

	@Test
	void filesStoredBeforeEncryptionWasTurnedOnAreStillServedBesideSealedOnes() throws IOException {
		String plainKey = new SealingEvidenceStore(new LocalEvidenceStore(folder, CLOCK), null)
			.store(new ByteArrayInputStream("加密之前的材料".getBytes(StandardCharsets.UTF_8)));
		var store = sealed(Algorithm.SM4_GCM, key(16));
		String sealedKey = store.store(new ByteArrayInputStream(MINUTES));

		try (var old = store.open(plainKey); var sealed = store.open(sealedKey)) {
			assertThat(new String(old.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("加密之前的材料");
			assertThat(sealed.readAllBytes()).isEqualTo(MINUTES);
		}
	}

	@Test
	void aFileSealedWithAnAlgorithmNoLongerConfiguredIsReadByWhatItsHeaderNames() throws IOException {
		byte[] key = key(16);
		String aesKey = sealed(Algorithm.AES_GCM, key).store(new ByteArrayInputStream(MINUTES));

		try (var in = sealed(Algorithm.SM4_GCM, key).open(aesKey)) {
			assertThat(in.readAllBytes()).isEqualTo(MINUTES);
		}
	}

	@Test
	void aSealedFileWithoutTheKeyOrUnderAnotherKeyIsRefusedPlainly() throws IOException {
		String key = sealed(Algorithm.AES_GCM, key(16)).store(new ByteArrayInputStream(MINUTES));

		assertThatThrownBy(() -> new SealingEvidenceStore(new LocalEvidenceStore(folder, CLOCK), null).open(key))
			.isInstanceOf(EvidenceUnreadableException.class).hasMessageContaining("no key is configured");
		assertThatThrownBy(() -> sealed(Algorithm.AES_GCM, key(16)).open(key))
			.isInstanceOf(EvidenceUnreadableException.class).hasMessageContaining("another key");
	}

	@Test
	void theKeyComesFromTheConfigurationInBase64AndMustFitTheAlgorithm() {
		assertThat(EvidenceCipher.from(evidence(null, ZhenggaiProperties.Evidence.Cipher.AES_GCM))).isNull();
		assertThat(EvidenceCipher.from(evidence(Base64.getEncoder().encodeToString(key(32)),
				ZhenggaiProperties.Evidence.Cipher.AES_GCM)).algorithm()).isEqualTo(Algorithm.AES_GCM);
		assertThat(EvidenceCipher.from(evidence(Base64.getEncoder().encodeToString(key(16)),
				ZhenggaiProperties.Evidence.Cipher.SM4_GCM)).algorithm()).isEqualTo(Algorithm.SM4_GCM);

		assertThatThrownBy(() -> EvidenceCipher.from(evidence(Base64.getEncoder().encodeToString(key(32)),
				ZhenggaiProperties.Evidence.Cipher.SM4_GCM)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes is not a key for SM4-GCM");
		assertThatThrownBy(() -> EvidenceCipher.from(evidence("not base64!", ZhenggaiProperties.Evidence.Cipher.AES_GCM)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZHENGGAI_EVIDENCE_KEY");
	}

	private SealingEvidenceStore sealed(Algorithm algorithm, byte[] key) {
		return new SealingEvidenceStore(new LocalEvidenceStore(folder, CLOCK), new EvidenceCipher(algorithm, key));
	}

	private static ZhenggaiProperties.Evidence evidence(String key, ZhenggaiProperties.Evidence.Cipher cipher) {
		return new ZhenggaiProperties.Evidence(org.springframework.util.unit.DataSize.ofMegabytes(20), key, cipher,
				new ZhenggaiProperties.S3(null, null, "us-east-1", null, null, ""));
	}

	private static byte[] key(int bytes) {
		byte[] key = new byte[bytes];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
