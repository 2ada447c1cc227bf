package org.zhenggai.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's view of the pages over real HTTP, without a browser: a cookie jar for the session,
 * the CSRF token taken from the last page read, redirects not followed so tests can see them. The
 * same browser can be pointed at another server on this host ({@link #at}), as a person behind a
 * load balancer reaches several nodes with one session cookie.
 */
public final class FormSession {

	private static final Pattern CSRF = Pattern.compile(
			"name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final HttpClient http;
	private final int port;
	/** Shared by the views of one browser on several servers: the session's token, wherever it was read. */
	private final AtomicReference<String> csrf;

	private FormSession(HttpClient http, int port, AtomicReference<String> csrf) {
		this.http = http;
		this.port = port;
		this.csrf = csrf;
	}

	private FormSession(int port) {
		this(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build(),
				port, new AtomicReference<>(""));
	}

	/** The same browser, with its cookies, speaking to the server on {@code otherPort}. */
	public FormSession at(int otherPort) {
		return new FormSession(http, otherPort, csrf);
	}

	/** Logs out by the form, as the menu's button does, with the token of the session's login page. */
	public HttpResponse<String> logOut() {
		get("/login");
		return post("/logout", Map.of());
	}

	/** Whether the home page is served, rather than the visitor sent to the login form. */
	public boolean loggedIn() {
		var page = get("/");
		return page.statusCode() < 400 && !page.headers().firstValue("Location").orElse("").contains("/login");
	}

	/** A session that has not logged in. */
	public static FormSession anonymous(int port) {
		return new FormSession(port);
	}

	/** Logs in through the login form, as a person does. */
	public static FormSession logIn(int port, String username, String password) {
		var session = new FormSession(port);
		session.get("/login");
		var answer = session.post("/login", Map.of("username", username, "password", password));
		assertThat(answer.headers().firstValue("Location").orElse("")).as("login of " + username).doesNotContain("error");
		return session;
	}

	public HttpResponse<String> get(String path) {
		var response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build());
		var token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf.set(token.group(1) != null ? token.group(1) : token.group(2));
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page read, as the page's own form would. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		var withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", csrf.get());
		return postWithoutToken(path, withToken);
	}

	/** Posts a form whose fields may repeat (ticked checkboxes of one name), with the token of the last page read. */
	public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
		var withToken = new ArrayList<>(fields);
		withToken.add(Map.entry("_csrf", csrf.get()));
		return send(path, withToken);
	}

	/** Posts a form as another site's page would: without the token. */
	public HttpResponse<String> postWithoutToken(String path, Map<String, String> form) {
		return send(path, List.copyOf(form.entrySet()));
	}

	private HttpResponse<String> send(String path, List<Map.Entry<String, String>> fields) {
		String body = fields.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
