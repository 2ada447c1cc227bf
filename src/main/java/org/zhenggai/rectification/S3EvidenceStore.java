package org.zhenggai.rectification;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Keeps evidence as objects {@code <prefix>yyyy/MM/<uuid>} in a bucket of an S3-compatible store,
 * so that every node of a cluster reads what any node stored.
 */
class S3EvidenceStore implements EvidenceStore, AutoCloseable {

	private final S3Client s3;
	private final String bucket;
	private final String prefix;
	private final Clock clock;

	S3EvidenceStore(S3Client s3, String bucket, String prefix, Clock clock) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
		this.clock = clock;
	}

	/** The content goes through a temporary file first: an upload needs its length before it starts. */
	@Override
	public String store(InputStream content) throws IOException {
		String key = EvidenceKey.next(clock);
		var buffer = Files.createTempFile("zhenggai-evidence", ".part");
		try {
			Files.copy(content, buffer, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			s3.putObject(put -> put.bucket(bucket).key(objectKey(key)), RequestBody.fromFile(buffer));
			return key;
		}
		catch (SdkException ex) {
			throw new IOException("could not store evidence in bucket " + bucket + ": " + ex.getMessage(), ex);
		}
		finally {
			Files.deleteIfExists(buffer);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return s3.getObject(get -> get.bucket(bucket).key(objectKey(key)));
		}
		catch (NoSuchKeyException ex) {
			throw new FileNotFoundException("no evidence object " + objectKey(key) + " in bucket " + bucket);
		}
		catch (SdkException ex) {
			throw new IOException("could not read evidence from bucket " + bucket + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			s3.deleteObject(delete -> delete.bucket(bucket).key(objectKey(key)));
		}
		catch (SdkException ex) {
			throw new IOException("could not delete evidence from bucket " + bucket + ": " + ex.getMessage(), ex);
		}
	}

	private String objectKey(String key) {
		return prefix + EvidenceKey.checked(key);
	}

	@Override
	public void close() {
		s3.close();
	}
}
