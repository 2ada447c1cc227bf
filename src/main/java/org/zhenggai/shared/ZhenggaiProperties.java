package org.zhenggai.shared;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of Zhenggai, under the prefix {@code zhenggai}; environment variables such as
 * {@code ZHENGGAI_DATA_DIR} map onto these by Spring Boot's relaxed binding.
 *
 * @param dataDir where the embedded database and the evidence files live
 * @param adminPassword the first administrator's password; a random one is printed when absent
 * @param demo whether a fictional demo unit and round are created on first start
 * @param evidence limits on uploaded evidence files
 * @param token lifetime of API bearer tokens
 * @param warnings when measures turn yellow and when the daily scan runs
 * @param notifications where notifications are sent besides the in-app list
 * @param security how passwords are hashed
 */
@Validated
@ConfigurationProperties("zhenggai")
public record ZhenggaiProperties(
		@NotNull @DefaultValue("./data") Path dataDir,
		String adminPassword,
		@DefaultValue("false") boolean demo,
		@DefaultValue Evidence evidence,
		@DefaultValue Token token,
		@DefaultValue Warnings warnings,
		@DefaultValue Notifications notifications,
		@DefaultValue Security security) {

	/**
	 * Evidence files: the size limit, where they are stored, and whether they are encrypted there.
	 *
	 * @param maxFileSize largest file accepted
	 * @param key base64 key that turns encryption on (16 or 32 bytes for AES, 16 for SM4); files
	 * stored without it stay readable
	 * @param cipher the algorithm used for new files when a key is set
	 * @param s3 an S3-compatible store, used instead of the local folder when a bucket is named
	 */
	public record Evidence(@DefaultValue("20MB") DataSize maxFileSize, @Nullable String key,
			@DefaultValue("AES_GCM") Cipher cipher, @DefaultValue S3 s3) {

		/** Authenticated encryption for stored evidence: AES or the national standard SM4, both in GCM mode. */
		public enum Cipher {
			AES_GCM, SM4_GCM
		}

		public boolean encrypted() {
			return key != null && !key.isBlank();
		}
	}

	/**
	 * An S3-compatible object store (MinIO, Ceph, a cloud's object storage), addressed path-style.
	 *
	 * @param endpoint the store's URL, for example {@code http://minio:9000}
	 * @param bucket the bucket, created beforehand; naming one turns the store on
	 * @param region the signing region; most compatible stores accept any
	 * @param accessKey the access key
	 * @param secretKey the secret key
	 * @param prefix put before every object's key, for a bucket shared with other data
	 */
	public record S3(@Nullable URI endpoint, @Nullable String bucket, @DefaultValue("us-east-1") String region,
			@Nullable String accessKey, @Nullable String secretKey, @DefaultValue("") String prefix) {

		public boolean configured() {
			return bucket != null && !bucket.isBlank();
		}
	}

	public record Token(@DefaultValue("8h") Duration ttl) {
	}

	/**
	 * The daily warning scan: a measure turns yellow when its deadline is within each of
	 * {@code yellowDays} (for example 20 and then 10 days before), red when it is overdue.
	 */
	public record Warnings(@DefaultValue({ "20", "10" }) List<Integer> yellowDays,
			@DefaultValue("0 0 7 * * *") String cron) {
	}

	/** Where notifications go besides the in-app list: a group-chat robot or any JSON webhook, and e-mail. */
	public record Notifications(@Nullable String webhookUrl, @DefaultValue("zhenggai@localhost") String mailFrom) {
	}

	/**
	 * How new passwords are hashed: {@code bcrypt} (the default, adaptive) or {@code sm3} (PBKDF2
	 * with HMAC-SM3, for deployments that must use national cryptography). Stored hashes carry their
	 * kind, so both verify whichever is chosen now.
	 */
	public record Security(@DefaultValue("bcrypt") @jakarta.validation.constraints.Pattern(regexp = "bcrypt|sm3",
			message = "must be bcrypt or sm3") String passwordHash) {
	}

	public Path filesDir() {
		return dataDir.resolve("files");
	}
}
