package org.zhenggai.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Reading a real report through the API and importing it into a round, all or nothing. */
class IngestApiIT extends IntegrationTest {

	private static final Path REPORTS = Path.of("..", "shared", "reference-reports");

	@Test
	void aReportIsReadAndImportedIntoARound() throws Exception {
		var f = fixture();
		var read = upload(f.api, "004.txt", Files.readAllBytes(REPORTS.resolve("004_0e96e1428a308200.txt")));
		assertThat(read.path("declaredProblemCount").asInt()).isEqualTo(36);

		var imported = f.api.post("/api/v1/rounds/{id}/import", read, f.roundId);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("problems").asInt()).isEqualTo(36);
		var problemList = f.api.get("/api/v1/rounds/{id}/categories", f.roundId).json();
		assertThat(problemList.size()).as("the fixture's category and the five read").isEqualTo(6);
		long measures = f.api.get("/api/v1/rounds/{id}/ledger?size=1", f.roundId).json().get("totalElements").asLong();
		assertThat(measures).isEqualTo(imported.json().get("measures").asLong()).isGreaterThan(36);
	}

	@Test
	void anImportWithAnyBadItemWritesNothing() {
		var f = fixture();
		var document = Map.of("categories", List.of(Map.of("title", "第一类", "problems", List.of(
				Map.of("title", "好的问题", "measures", List.of(Map.of("text", "好的措施"))),
				Map.of("title", " ", "measures", List.of(Map.of("text", "")))))));

		var response = f.api.post("/api/v1/rounds/{id}/import", document, f.roundId);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactlyInAnyOrder("categories[0].problems[1].title", "categories[0].problems[1].measures[0].text");
		assertThat(f.api.get("/api/v1/rounds/{id}/categories", f.roundId).json().size()).isEqualTo(1);
	}

	@Test
	void aFileThatIsNoDocumentIsRefusedByName() {
		var response = uploadRaw(admin(), "会议照片.docx", new byte[] { 'M', 'Z', 0, 1, 2, 3 });

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("会议照片.docx");
	}

	@Test
	void anUploadWithoutItsFileOrNotReallyMultipartIsRefusedInChinese() throws Exception {
		var noFile = postMultipart("multipart/form-data; boundary=zg", "--zg--\r\n");
		var unreadable = postMultipart("multipart/form-data", "{\"file\": \"整改报告.txt\"}");

		assertThat(noFile.statusCode()).as(noFile.body()).isEqualTo(400);
		assertThat(noFile.body()).contains("\"field\":\"file\"", "请选择要上传的文件");
		assertThat(unreadable.statusCode()).as(unreadable.body()).isEqualTo(400);
		assertThat(unreadable.body()).contains("\"field\":\"body\"", "multipart/form-data");
	}

	private java.net.http.HttpResponse<String> postMultipart(String contentType, String body) throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/ingest"))
			.header("Authorization", "Bearer " + admin().token())
			.header("Content-Type", contentType)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build();
		return java.net.http.HttpClient.newHttpClient().send(request,
				java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void aRenamedProgramOrScriptIsNoDocument() {
		for (var program : java.util.List.of(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 }, "#!/bin/sh\necho".getBytes())) {
			var response = uploadRaw(admin(), "整改方案.docx", program);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("message").asString()).contains("整改方案.docx").contains("可执行程序或脚本");
		}
	}

	@Test
	void aDocumentWithoutAProblemListGivesAnEmptyResultWithAWarning() {
		var read = upload(admin(), "notice.txt", "关于召开会议的通知\n请各科室准时参加。".getBytes());

		assertThat(read.get("categories").size()).isZero();
		assertThat(read.get("warnings").size()).isPositive();
	}

	private JsonNode upload(Api api, String name, byte[] content) {
		var response = uploadRaw(api, name, content);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private Api.Response uploadRaw(Api api, String name, byte[] content) {
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		String token = Api.asAdmin(port).token();
		return RestClient.create("http://localhost:" + port).post().uri("/api/v1/ingest")
			.headers(h -> h.setBearerAuth(token))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
			.exchange((req, res) -> new Api.Response(res.getStatusCode().value(), res.getHeaders(),
					res.getBody().readAllBytes()));
	}
}
