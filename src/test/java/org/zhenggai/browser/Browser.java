package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhenggai.support.TestDatabase;

/**
 * The installed Chromium, driven headless through its ChromeDriver, with the few moves a person
 * makes on Zhenggai's pages: open, type, choose, submit, look. Every page it is told to look at is
 * saved as a numbered screenshot under {@code target/screenshots/<database>/<test>/}.
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** The desktop screen every suite starts on: the common office laptop. */
	static final Dimension DESKTOP = new Dimension(1366, 900);

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	/**
	 * Runs before every page's own scripts: records script errors, failed resources, console.error
	 * calls and whatever the Content-Security-Policy blocked, so that a page can be asked afterwards
	 * whether it rendered cleanly.
	 */
	private static final String ERROR_RECORDER = """
			window.__zgErrors = [];
			window.addEventListener('error', function (e) {
			  var t = e.target;
			  if (t && t !== window && (t.src || t.href)) {
			    window.__zgErrors.push('could not load ' + (t.src || t.href));
			  } else {
			    window.__zgErrors.push(String(e.message));
			  }
			}, true);
			window.addEventListener('unhandledrejection', function (e) { window.__zgErrors.push(String(e.reason)); });
			document.addEventListener('securitypolicyviolation', function (e) {
			  window.__zgErrors.push('blocked by the Content-Security-Policy: ' + e.violatedDirective + ' ' + e.blockedURI);
			});
			var consoleError = console.error;
			console.error = function () {
			  window.__zgErrors.push(Array.prototype.join.call(arguments, ' '));
			  return consoleError.apply(console, arguments);
			};
			""";

	/**
	 * Selenium warns at every start that it has no DevTools bindings for this Chromium's version;
	 * only plain CDP commands are used here, which need none. Held so the setting is not collected.
	 */
	private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	static {
		SELENIUM_LOG.setLevel(Level.SEVERE);
	}

	private final ChromeDriver driver;
	private final WebDriverWait wait;
	private final Path profile;
	private final Path downloads;
	private String base = "";
	private Path screenshots = Path.of("target", "screenshots");
	private int step;

	private Browser(ChromeDriver driver, Path profile, Path downloads) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, PATIENCE);
		this.profile = profile;
		this.downloads = downloads;
	}

	/**
	 * Starts a fresh Chromium for one suite. Outside CI a machine without Chromium skips the suite;
	 * on CI it fails it, since a browser suite that silently skips proves nothing.
	 */
	static Browser start() {
		requireInstalled(CHROMIUM, "Chromium");
		requireInstalled(CHROMEDRIVER, "ChromeDriver");
		try {
			Path profile = Files.createTempDirectory("zg-chromium-profile");
			Path downloads = Files.createTempDirectory("zg-downloads");
			var options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=zh-CN",
					"--user-data-dir=" + profile);
			options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
					"download.prompt_for_download", false, "intl.accept_languages", "zh-CN,zh"));
			// The driver's path is given, so Selenium Manager is never asked to find or fetch one.
			// The browser's "today" is the application's: both in China.
			var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withEnvironment(Map.of("TZ", "Asia/Shanghai"))
				.build();
			var driver = new ChromeDriver(service, options);
			driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
			driver.executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", downloads.toString()));
			return new Browser(driver, profile, downloads);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void requireInstalled(Path program, String name) {
		boolean installed = Files.isExecutable(program);
		String message = name + " is not installed at " + program
				+ "; the browser suite needs Debian's chromium and chromium-driver packages";
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message);
		}
		Assumptions.assumeTrue(installed, message);
	}

	/** Screenshots from now on go to a folder of their own for this test, numbered from 01. */
	void story(String test) {
		screenshots = Path.of("target", "screenshots", TestDatabase.current(), test).toAbsolutePath();
		step = 0;
		deleteRecursively(screenshots);
		try {
			Files.createDirectories(screenshots);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The application under test, on the port the test was given. */
	Browser at(int port) {
		this.base = "http://localhost:" + port;
		return this;
	}

	void quit() {
		try {
			driver.quit();
		}
		finally {
			deleteRecursively(profile);
			deleteRecursively(downloads);
		}
	}

	// ---- moving around

	void open(String path) {
		driver.get(base + path);
		requireNoServerError();
	}

	/** The path and query of the page shown, without the server part. */
	String path() {
		String url = driver.getCurrentUrl();
		return url.startsWith(base) ? url.substring(base.length()) : url;
	}

	/** The number at the end of the address's fragment, as in {@code /rounds/7/setup#category-42}. */
	long idInFragment() {
		String url = driver.getCurrentUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('-') + 1));
	}

	void logIn(String username, String password) {
		open("/login");
		type("#username", username);
		type("#password", password);
		submit("#login");
	}

	/** Logs out with the navbar's 退出 button, as a person would. */
	void logOut() {
		submit("nav.zg-navbar form[action$='/logout'] button");
	}

	/** Forgets the session, so that the next test starts as a stranger. */
	void forgetSession() {
		open("/login");
		driver.manage().deleteAllCookies();
	}

	/** Clicks something that loads a new page (a submit button, a link) and waits for that page. */
	void submit(String css) {
		// The page being left is marked by a script variable rather than held as an element: asked
		// about an element of a document that is being replaced, ChromeDriver sometimes answers with
		// an inspector error instead of "stale element", and the test would fail for nothing.
		script("window.__zgLeaving = true");
		find(css).click();
		new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
			.withMessage("a new page after clicking " + css)
			.until(d -> Boolean.TRUE.equals(
					script("return window.__zgLeaving === undefined && document.readyState === 'complete'")));
		requireNoServerError();
	}

	/** The HTTP status of the page shown, as the browser received it. */
	long status() {
		return (Long) script("return performance.getEntriesByType('navigation')[0].responseStatus");
	}

	/** Every page a test moves to must have come back well; an error page fails the test on the spot. */
	private void requireNoServerError() {
		long status = status();
		if (status >= 400) {
			fail("%s answered %d: %s".formatted(path(), status, driver.findElement(By.tagName("body")).getText()));
		}
	}

	void click(String css) {
		find(css).click();
	}

	/**
	 * Does something that makes htmx replace the element {@code css}, and waits until the new
	 * element is in place and htmx has settled.
	 */
	void afterSwapOf(String css, Runnable action) {
		script("document.querySelector(arguments[0]).dataset.zgBeforeSwap = 'yes'", css);
		action.run();
		wait.until(d -> (Boolean) script("""
				var el = document.querySelector(arguments[0]);
				return el !== null && el.dataset.zgBeforeSwap === undefined
				    && document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping') === null;
				""", css));
	}

	// ---- filling in forms

	void type(String css, String text) {
		var field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/** Sets a date field; typing into a date field depends on the locale's date order, this does not. */
	void date(String css, LocalDate date) {
		script("""
				var field = document.querySelector(arguments[0]);
				field.value = arguments[1];
				field.dispatchEvent(new Event('input', { bubbles: true }));
				field.dispatchEvent(new Event('change', { bubbles: true }));
				""", css, date == null ? "" : date.toString());
	}

	void choose(String css, String visibleText) {
		new Select(find(css)).selectByVisibleText(visibleText);
	}

	/** The visible texts of the options chosen in a select. */
	List<String> chosen(String css) {
		return new Select(find(css)).getAllSelectedOptions().stream().map(WebElement::getText).toList();
	}

	void attach(String css, Path... files) {
		find(css).sendKeys(String.join("\n", Stream.of(files).map(f -> f.toAbsolutePath().toString()).toList()));
	}

	// ---- looking

	WebElement find(String css) {
		return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	boolean has(String css) {
		return !all(css).isEmpty();
	}

	String text(String css) {
		return find(css).getText();
	}

	String value(String css) {
		return find(css).getDomProperty("value");
	}

	/**
	 * The number at the end of the id of the element that matches {@code css} and contains the
	 * text, as in {@code tr#setup-measure-42}: how a test learns what the page just created.
	 */
	long idOf(String css, String containing) {
		return all(css).stream()
			.filter(e -> e.getText().contains(containing))
			.map(e -> e.getDomAttribute("id"))
			.map(id -> Long.parseLong(id.substring(id.lastIndexOf('-') + 1)))
			.findFirst()
			.orElseGet(() -> fail("nothing matching " + css + " contains " + containing));
	}

	/** A computed style of an element, as the browser paints it. */
	String style(String css, String property) {
		return (String) script("return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
				css, property);
	}

	/** The error message shown beside a form field, or fails if the field is not marked invalid. */
	String errorBeside(String fieldCss) {
		var field = find(fieldCss);
		if (!field.getDomAttribute("class").contains("is-invalid")) {
			fail("the field " + fieldCss + " is not marked as invalid");
		}
		try {
			return field.findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]")).getText();
		}
		catch (NoSuchElementException ex) {
			return fail("no error message beside " + fieldCss);
		}
	}

	/** Script errors, failed resources and console errors of the page shown. */
	@SuppressWarnings("unchecked")
	List<String> errors() {
		Object errors = script("return window.__zgErrors || ['the error recorder did not run']");
		return (List<String>) errors;
	}

	/** Whether the page is wider than the window, so that it scrolls sideways. */
	boolean scrollsSideways() {
		return (Boolean) script(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	/** Whether the element lies wholly inside the window, without scrolling it or anything around it into view. */
	boolean onScreen(String css) {
		return (Boolean) script("""
				var box = document.querySelector(arguments[0]).getBoundingClientRect();
				return box.left >= 0 && box.right <= window.innerWidth && box.width > 0;
				""", css);
	}

	long pageWidth() {
		return (Long) script("return document.documentElement.scrollWidth");
	}

	long viewportWidth() {
		return (Long) script("return document.documentElement.clientWidth");
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** Waits until the condition holds, for things that change after the page has loaded. */
	void waitUntil(String what, BooleanSupplier condition) {
		new WebDriverWait(driver, PATIENCE).withMessage(what).until(d -> condition.getAsBoolean());
	}

	// ---- screens

	void desktop(int width, int height) {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Shows pages as a phone of 390×844 CSS pixels does, honouring the page's viewport settings. */
	void phone() {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
	}

	/** Saves the whole page, not only the visible part, as the next numbered screenshot. */
	Path screenshot(String name) {
		step++;
		Path file = screenshots.resolve("%02d-%s.png".formatted(step, name));
		@SuppressWarnings("unchecked")
		var metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		var size = (Map<String, Object>) metrics.get("cssContentSize");
		// Captured beyond the viewport the page has no scroll bar, so it lays out at the window's full width.
		double width = Math.max(((Number) size.get("width")).doubleValue(),
				((Number) script("return window.innerWidth")).doubleValue());
		double height = Math.min(((Number) size.get("height")).doubleValue(), 6000);
		var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport",
				true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		try {
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	// ---- downloads

	/** Clicks a download link and returns the file that arrived. */
	Path download(String css) {
		clearDownloads();
		click(css);
		new WebDriverWait(driver, PATIENCE).withMessage("a download from " + css)
			.until(d -> finishedDownload() != null);
		return finishedDownload();
	}

	private Path finishedDownload() {
		try (var files = Files.list(downloads)) {
			var all = files.toList();
			if (all.isEmpty() || all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
				return null;
			}
			return all.get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void clearDownloads() {
		try (var files = Files.list(downloads)) {
			for (var file : files.toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (var paths = Files.walk(folder)) {
			for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
