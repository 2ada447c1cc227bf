package org.zhenggai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A person's browser reduced to its session cookie: logs in through the login form (with its CSRF
 * token) and requests pages with the cookie, on whichever server it is pointed at.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
	private static final Pattern COOKIE = Pattern.compile("^SESSION=([^;]*)");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private @Nullable String cookie;

	/** Logs in at the server on {@code port}; fails the test when the form does not accept the password. */
	public static WebSession login(int port, String username, String password) {
		var session = new WebSession();
		var answer = session.postForm(port, "/login", "username=" + encode(username) + "&password=" + encode(password));
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/login")) {
			throw new AssertionError("login as " + username + " refused: " + answer.statusCode() + " " + location);
		}
		return session;
	}

	/** Logs out by the form, as the page's button does. */
	public HttpResponse<String> logout(int port) {
		return postForm(port, "/logout", "");
	}

	/** Posts a form with the CSRF token the login page gives this session. */
	private HttpResponse<String> postForm(int port, String path, String form) {
		var page = get(port, "/login");
		var token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on the login page: " + page.body());
		}
		String csrf = token.group(1) != null ? token.group(1) : token.group(2);
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString((form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(csrf))));
	}

	public HttpResponse<String> get(int port, String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
	}

	/** Whether the page was served, rather than the visitor sent to the login form. */
	public boolean loggedInAt(int port) {
		var page = get(port, "/");
		boolean toLogin = page.headers().firstValue("Location").orElse("").contains("/login");
		return page.statusCode() < 400 && !toLogin;
	}

	public @Nullable String cookie() {
		return cookie;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (cookie != null) {
			request.header("Cookie", "SESSION=" + cookie);
		}
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(set -> {
				var matcher = COOKIE.matcher(set);
				if (matcher.find()) {
					cookie = matcher.group(1).isEmpty() ? null : matcher.group(1);
				}
			});
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
