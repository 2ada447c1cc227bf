package org.zhenggai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server (LocalS3, which speaks the S3 REST API over HTTP) in the test's own
 * process, on a free local port, keeping its objects in memory.
 */
public final class LocalS3Server implements AutoCloseable {

	public static final String ACCESS_KEY = "zhenggai-test";
	public static final String SECRET_KEY = "zhenggai-test-secret";

	private final LocalS3 server;
	private final int port;
	private final S3Client client;

	private LocalS3Server() {
		this.port = freePort();
		this.server = LocalS3.builder().port(port).mode(LocalS3Mode.IN_MEMORY).build();
		server.start();
		this.client = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.build();
	}

	/** Starts a server with one empty bucket of the given name. */
	public static LocalS3Server withBucket(String bucket) {
		var server = new LocalS3Server();
		server.client.createBucket(create -> create.bucket(bucket));
		return server;
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + port);
	}

	/** A client of its own, to look at the bucket from outside the application. */
	public S3Client client() {
		return client;
	}

	/** The application's settings that point its evidence store here. */
	public String[] properties(String bucket) {
		return new String[] { "zhenggai.evidence.s3.endpoint=" + endpoint(), "zhenggai.evidence.s3.bucket=" + bucket,
				"zhenggai.evidence.s3.access-key=" + ACCESS_KEY, "zhenggai.evidence.s3.secret-key=" + SECRET_KEY };
	}

	@Override
	public void close() {
		client.close();
		server.shutdown();
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
