package org.zhenggai.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of the public with a browser's memory (a cookie jar) but no login: reads public pages and
 * sends the opinion form as the page gives it, answering its question as a person would.
 */
final class PublicVisitor {

	private static final Pattern QUESTION = Pattern.compile("请回答：([一二三四五六七八九十])([加减])([一二三四五六七八九十])等于几？");
	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(_csrf|token)\" value=\"([^\"]*)\"");
	private static final String NUMERALS = "零一二三四五六七八九十";

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;

	PublicVisitor(int port) {
		this.base = "http://localhost:" + port;
	}

	record Page(int status, String body, String location, String contentType) {
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET());
	}

	/** Fills in the opinion form of the report page and sends it; {@code answer} null answers correctly. */
	Page sendOpinion(String reportNumber, Map<String, String> fields, String answer) {
		Page page = get("/public/reports/" + reportNumber);
		var form = new LinkedHashMap<String, String>();
		Matcher hidden = HIDDEN.matcher(page.body());
		while (hidden.find()) {
			form.put(hidden.group(1), hidden.group(2));
		}
		form.put("answer", answer == null ? String.valueOf(answer(page.body())) : answer);
		form.putAll(fields);
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + "/public/reports/" + reportNumber + "/opinions"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The answer to the page's question, e.g. 三加五等于几？ → 8. */
	static int answer(String page) {
		Matcher question = QUESTION.matcher(page);
		if (!question.find()) {
			throw new AssertionError("no question on the page");
		}
		int a = NUMERALS.indexOf(question.group(1));
		int b = NUMERALS.indexOf(question.group(3));
		return "加".equals(question.group(2)) ? a + b : a - b;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
