package org.zhenggai.support;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API as a client sees it over real HTTP: status, headers and JSON, never an exception. */
public final class Api {

	public static final String ADMIN = "admin";
	public static final String ADMIN_PASSWORD = "Test#Admin2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;
	private final int port;
	private @Nullable String token;

	private Api(int port) {
		this.port = port;
		this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	public int port() {
		return port;
	}

	public static Api at(int port) {
		return new Api(port);
	}

	/** A client already holding the administrator's token. */
	public static Api asAdmin(int port) {
		return as(port, ADMIN, ADMIN_PASSWORD);
	}

	/** A client holding the token of the given account. */
	public static Api as(int port, String username, String password) {
		var api = new Api(port);
		var response = api.post("/api/v1/auth/token", Map.of("username", username, "password", password));
		if (response.status() != 200) {
			throw new AssertionError("login as " + username + " failed: " + response);
		}
		api.token = response.json().get("token").asString();
		return api;
	}

	public Response get(String path, Object... uriVariables) {
		return exchange(http.get().uri(path, uriVariables).headers(this::auth));
	}

	public Response post(String path, Object body, Object... uriVariables) {
		return exchange(http.post().uri(path, uriVariables).headers(this::auth).contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}

	public Response delete(String path, Object... uriVariables) {
		return exchange(http.delete().uri(path, uriVariables).headers(this::auth));
	}

	/** Sends text as it is, for bodies that are deliberately not valid JSON. */
	public Response postRaw(String path, String body, Object... uriVariables) {
		return exchange(http.post().uri(path, uriVariables).headers(this::auth).contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}

	public Response put(String path, Object body, Object... uriVariables) {
		return exchange(http.put().uri(path, uriVariables).headers(this::auth).contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}

	public Response patch(String path, Object body, Object... uriVariables) {
		return exchange(http.patch().uri(path, uriVariables).headers(this::auth).contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}

	/** Reports progress as multipart: a JSON part {@code progress} and one part per file. */
	public Response postProgressWithFiles(long measureId, Object progress, Map<String, byte[]> files) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		var jsonHeaders = new HttpHeaders();
		jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
		parts.add("progress", new HttpEntity<>(JSON.writeValueAsString(progress), jsonHeaders));
		files.forEach((name, bytes) -> parts.add("files", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}));
		return exchange(http.post().uri("/api/v1/measures/{id}/progress", measureId).headers(this::auth)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
	}

	public @Nullable String token() {
		return token;
	}

	public Api withToken(@Nullable String token) {
		this.token = token;
		return this;
	}

	private void auth(HttpHeaders headers) {
		if (token != null) {
			headers.setBearerAuth(token);
		}
	}

	private static Response exchange(RestClient.RequestHeadersSpec<?> request) {
		return request.exchange((req, res) -> {
			byte[] body = res.getBody().readAllBytes();
			return new Response(res.getStatusCode().value(), res.getHeaders(), body);
		});
	}

	/** What came back. {@link #json()} parses the body on demand. */
	public record Response(int status, HttpHeaders headers, byte[] body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (RuntimeException ex) {
				throw new AssertionError("not JSON (" + status + "): " + new String(body), ex);
			}
		}

		public long id() {
			return json().get("id").asLong();
		}

		@Override
		public String toString() {
			return status + " " + new String(body, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
