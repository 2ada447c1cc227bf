package org.zhenggai.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/** An office's Excel ledger brought into a round: the export read back gives the same ledger. */
class LedgerImportIT extends IntegrationTest {

	@Test
	void anExportedLedgerImportedIntoAnEmptyRoundGivesTheSameLedger() {
		var f = fixture();
		long done = f.measure("修订议事规则", f.officeId, 10);
		f.measure("补齐会议记录要素", f.teachingId, 5);
		f.api.post("/api/v1/measures/{id}/progress", Map.of("text", "议事规则已印发", "phrase", "COMPLETED"), done);
		byte[] xlsx = f.api.get("/api/v1/rounds/{id}/ledger.xlsx", f.roundId).body();
		long emptyRound = newRound(f);

		var imported = upload(f.api, emptyRound, xlsx);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(2);
		var rows = f.api.get("/api/v1/rounds/{id}/ledger", emptyRound).json().get("content");
		assertThat(rows.valueStream().map(r -> r.get("measureText").asString() + "/" + r.get("leadDepartmentName").asString()
				+ "/" + r.get("deadline").asString() + "/" + r.get("status").asString()))
			.containsExactlyElementsOf(f.api.get("/api/v1/rounds/{id}/ledger", f.roundId).json().get("content").valueStream()
				.map(r -> r.get("measureText").asString() + "/" + r.get("leadDepartmentName").asString() + "/"
						+ r.get("deadline").asString() + "/" + r.get("status").asString())
				.toList());

		var again = upload(f.api, emptyRound, xlsx);
		assertThat(again.json().get("updated").asInt()).as("a second import changes, not doubles").isEqualTo(2);
		assertThat(f.api.get("/api/v1/rounds/{id}/ledger", emptyRound).json().get("totalElements").asInt()).isEqualTo(2);
	}

	@Test
	void aRowNamingAnUnknownDepartmentIsNamedAndNothingIsWritten() throws Exception {
		var f = fixture();
		f.measure("修订议事规则", f.officeId, 10);
		f.measure("补齐会议记录要素", f.teachingId, 5);
		byte[] xlsx = f.api.get("/api/v1/rounds/{id}/ledger.xlsx", f.roundId).body();
		int row;
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			int column = -1;
			int header = 0;
			for (int r = 0; r <= 5 && column < 0; r++) {
				for (var cell : sheet.getRow(r)) {
					if ("牵头科室".equals(cell.toString().strip())) {
						column = cell.getColumnIndex();
						header = r;
					}
				}
			}
			row = header + 2;
			sheet.getRow(row).getCell(column).setBlank();
			sheet.getRow(row).getCell(column).setCellValue("不存在的科");
			var out = new ByteArrayOutputStream();
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		long emptyRound = newRound(f);

		var refused = upload(f.api, emptyRound, xlsx);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("rows[" + (row + 1) + "].牵头科室");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("不存在的科");
		assertThat(f.api.get("/api/v1/rounds/{id}/categories", emptyRound).json().size()).isZero();
	}

	private static long newRound(LedgerFixture f) {
		var round = new HashMap<String, Object>();
		round.put("name", "导入目标轮次");
		round.put("kind", "REGULAR");
		round.put("inspectingBody", "区委");
		round.put("inspectionGroup", "区委第三巡察组");
		round.put("unitId", f.unitId);
		round.put("feedbackDate", f.feedbackDate.toString());
		return f.api.post("/api/v1/rounds", round).id();
	}

	private Api.Response upload(Api api, long roundId, byte[] xlsx) {
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(xlsx) {
			@Override
			public String getFilename() {
				return "台账.xlsx";
			}
		});
		return RestClient.create("http://localhost:" + port).post().uri("/api/v1/rounds/{id}/ledger.xlsx", roundId)
			.headers(h -> h.setBearerAuth(api.token()))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
			.exchange((req, res) -> new Api.Response(res.getStatusCode().value(), res.getHeaders(),
					res.getBody().readAllBytes()));
	}
}
