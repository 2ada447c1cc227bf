package org.zhenggai.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.TestDatabase;

/**
 * The supervision pages in Debian's headless Chromium, logged in as a person would: they render in
 * Chinese, and a screenshot of each is kept under target/screenshots for people to look at.
 */
class OversightBrowserIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void theDispatchAndMechanismPagesRenderInChinese() throws Exception {
		var f = fixture();
		long measureId = f.measure("补齐党组会议记录要素", f.teachingId, 5);
		f.api.post("/api/v1/rounds/{id}/dispatch-meetings", Map.of("heldOn", TODAY.toString(), "chairId", f.leaderId,
				"attendees", "整改领导小组成员、各科室负责人", "measureIds", List.of(measureId)), f.roundId);
		f.api.post("/api/v1/rounds/{id}/rules", Map.of("title", "《党组会议记录管理办法》", "documentNumber",
				"测教党〔2024〕5号", "issuedOn", TODAY.toString(), "kind", "NEW", "problemIds", List.of(f.problemId)),
				f.roundId);
		WebDriver browser = chromium();
		try {
			String base = "http://localhost:" + port;
			browser.get(base + "/login");
			browser.findElement(By.id("username")).sendKeys(Api.ADMIN);
			browser.findElement(By.id("password")).sendKeys(Api.ADMIN_PASSWORD);
			browser.findElement(By.id("login")).click();

			browser.get(base + "/rounds/" + f.roundId + "/dispatch");
			assertThat(browser.findElement(By.id("oversight-tabs")).getText()).contains("调度与抽查", "问责");
			assertThat(browser.findElement(By.id("meetings")).getText()).contains("调度会", "李局长");
			assertThat(browser.findElement(By.id("per-measure")).getText()).contains("补齐党组会议记录要素");
			screenshot(browser, "dispatch");

			browser.get(base + "/rounds/" + f.roundId + "/mechanism");
			assertThat(browser.findElement(By.id("rules")).getText()).contains("建章立制", "《党组会议记录管理办法》",
					"测教党〔2024〕5号");
			screenshot(browser, "mechanism");
		}
		finally {
			browser.quit();
		}
	}

	private static WebDriver chromium() {
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1600",
				"--lang=zh-CN");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
		return new ChromeDriver(service, options);
	}

	private static void screenshot(WebDriver browser, String name) throws Exception {
		var folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(name + "-" + TestDatabase.current() + ".png"), png);
	}
}
