package org.zhenggai.rectification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhenggai.shared.ZhenggaiProperties;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Chooses where evidence lives: the local folder under the data folder, or an S3-compatible store
 * when {@code zhenggai.evidence.s3.bucket} is set; either way sealed when a key is configured.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStorage {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStorage.class);

	@Bean
	EvidenceStore evidenceStore(ZhenggaiProperties properties, Clock clock) {
		var evidence = properties.evidence();
		EvidenceStore files;
		if (evidence.s3().configured()) {
			var s3 = evidence.s3();
			files = new S3EvidenceStore(s3Client(s3), s3.bucket(), s3.prefix(), clock);
			log.info("Evidence files are stored in bucket {} at {}", s3.bucket(), s3.endpoint());
		}
		else {
			files = new LocalEvidenceStore(properties.filesDir(), clock);
		}
		var cipher = EvidenceCipher.from(evidence);
		if (cipher != null) {
			log.info("Evidence files are stored encrypted with {}", cipher.algorithm().headerName());
		}
		return new SealingEvidenceStore(files, cipher);
	}

	/**
	 * Path-style addressing and checksums only where required, which is what S3-compatible stores
	 * (MinIO, Ceph and the like) understand; the JDK's own HTTP connection, no extra client library.
	 */
	static S3Client s3Client(ZhenggaiProperties.S3 s3) {
		var builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(s3.region()))
			.forcePathStyle(true)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(s3.accessKey() == null ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
		if (s3.endpoint() != null) {
			builder.endpointOverride(s3.endpoint());
		}
		return builder.build();
	}
}
