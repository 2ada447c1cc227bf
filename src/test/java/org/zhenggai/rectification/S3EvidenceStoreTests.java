package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.zhenggai.shared.ZhenggaiProperties;
import org.zhenggai.support.LocalS3Server;

/** Evidence in an S3-compatible store, through the same client settings the application uses. */
class S3EvidenceStoreTests {

	private static final String BUCKET = "zhenggai-evidence";
	private static final LocalS3Server server = LocalS3Server.withBucket(BUCKET);
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void aFileIsStoredAsAnObjectUnderThePrefixReadBackAndDeleted() throws Exception {
		try (var store = store("evidence")) {
			byte[] content = "整改佐证：会议纪要".repeat(1000).getBytes(StandardCharsets.UTF_8);

			String key = store.store(new ByteArrayInputStream(content));

			assertThat(key).matches("2026/03/[0-9a-f-]{36}");
			assertThat(server.client().getObjectAsBytes(get -> get.bucket(BUCKET).key("evidence/" + key)).asByteArray())
				.isEqualTo(content);
			try (var in = store.open(key)) {
				assertThat(in.readAllBytes()).isEqualTo(content);
			}
			store.delete(key);
			assertThatThrownBy(() -> store.open(key)).isInstanceOf(FileNotFoundException.class)
				.hasMessageContaining("evidence/" + key);
		}
	}

	@Test
	void aKeyThatDoesNotComeFromTheStoreIsRefusedBeforeAnyRequest() throws Exception {
		try (var store = store("")) {
			assertThatThrownBy(() -> store.open("../other-bucket/secret")).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void sealedEvidenceInTheBucketIsNotReadableThereButReadsBackThroughTheStore() throws Exception {
		try (var store = new SealingEvidenceStore(store(""), new EvidenceCipher(EvidenceCipher.Algorithm.SM4_GCM,
				"0123456789abcdef".getBytes(StandardCharsets.US_ASCII)))) {
			byte[] content = "问责处理意见".getBytes(StandardCharsets.UTF_8);

			String key = store.store(new ByteArrayInputStream(content));

			String raw = server.client().getObjectAsBytes(get -> get.bucket(BUCKET).key(key)).asString(StandardCharsets.ISO_8859_1);
			assertThat(raw).startsWith("ZGEVC").contains("SM4-GCM").doesNotContain(new String(content, StandardCharsets.ISO_8859_1));
			try (var in = store.open(key)) {
				assertThat(in.readAllBytes()).isEqualTo(content);
			}
		}
	}

	private static S3EvidenceStore store(String prefix) {
		var s3 = new ZhenggaiProperties.S3(server.endpoint(), BUCKET, "us-east-1", LocalS3Server.ACCESS_KEY,
				LocalS3Server.SECRET_KEY, prefix);
		return new S3EvidenceStore(EvidenceStorage.s3Client(s3), BUCKET, prefix, CLOCK);
	}
}
