package org.zhenggai.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhenggai.accountability.AccountabilityIT.fields;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.zhenggai.support.IntegrationTest;

/** The register of clues and petitions: for discipline inspection and the administrator only, and never published. */
class DisciplineRegisterIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void disciplineInspectionKeepsTheRegisterAndEveryoneElseIsRefused() {
		var f = fixture();
		var discipline = f.account("DISCIPLINE", null, null);
		var office = f.account("OFFICE", null, null);
		var department = f.account("DEPARTMENT", f.officeId, null);
		var leader = f.account("LEADER", null, f.leaderId);

		var clue = discipline.post("/api/v1/rounds/{id}/clues", entry("巡察组移交", "某科长违规收受礼金"), f.roundId);
		var petition = discipline.post("/api/v1/rounds/{id}/petitions", entry("来信", "反映学校乱收费"), f.roundId);

		assertThat(clue.status()).as(clue.toString()).isEqualTo(201);
		assertThat(petition.status()).isEqualTo(201);
		assertThat(clue.json().get("status").asString()).isEqualTo("RECEIVED");
		assertThat(discipline.get("/api/v1/rounds/{id}/clues", f.roundId).json().size()).isEqualTo(1);
		assertThat(f.api.get("/api/v1/clues/{id}", clue.id()).status()).as("the administrator").isEqualTo(200);
		for (var refused : new org.zhenggai.support.Api[] { office, department, leader }) {
			assertThat(refused.get("/api/v1/rounds/{id}/clues", f.roundId).status()).isEqualTo(403);
			assertThat(refused.get("/api/v1/clues/{id}", clue.id()).status()).isEqualTo(403);
			assertThat(refused.get("/api/v1/clues/{id}", 999999).status()).as("not even whether it exists").isEqualTo(403);
			assertThat(refused.post("/api/v1/rounds/{id}/clues", entry("来电", "举报"), f.roundId).status()).isEqualTo(403);
			assertThat(refused.get("/api/v1/rounds/{id}/petitions", f.roundId).status()).isEqualTo(403);
			assertThat(refused.patch("/api/v1/petitions/{id}", Map.of("version", 0, "status", "CONCLUDED"), petition.id())
				.status()).isEqualTo(403);
		}
		var refusal = office.get("/api/v1/rounds/{id}/clues", f.roundId);
		assertThat(refusal.json().get("detail").asString()).contains("整改办", "问题线索");
	}

	@Test
	void aClueIsHandedOverToSomeoneNamedAndStaleChangesAreRefused() {
		var f = fixture();
		var discipline = f.account("DISCIPLINE", null, null);
		long clueId = discipline.post("/api/v1/rounds/{id}/clues", entry("巡察组移交", "违规发放津贴"), f.roundId).id();

		var nobody = discipline.patch("/api/v1/clues/{id}", Map.of("version", 0, "status", "HANDED_OVER"), clueId);
		var handed = discipline.patch("/api/v1/clues/{id}", Map.of("version", 0, "status", "HANDED_OVER",
				"handedTo", "区纪委监委第二监督检查室"), clueId);
		var stale = discipline.patch("/api/v1/clues/{id}", Map.of("version", 0, "status", "CONCLUDED"), clueId);

		assertThat(nobody.status()).isEqualTo(400);
		assertThat(fields(nobody.json())).containsExactly("handedTo");
		assertThat(handed.status()).isEqualTo(200);
		assertThat(handed.json().get("handedTo").asString()).isEqualTo("区纪委监委第二监督检查室");
		assertThat(stale.status()).isEqualTo(409);
		var missing = discipline.post("/api/v1/rounds/{id}/petitions", Map.of("source", "", "summary", ""), f.roundId);
		assertThat(fields(missing.json())).containsExactlyInAnyOrder("receivedOn", "source", "summary");
	}

	@Test
	void noClueOrPetitionAppearsInTheLedgerOrAnyDocument() throws Exception {
		var f = fixture();
		var discipline = f.account("DISCIPLINE", null, null);
		f.measure("修订议事规则", f.officeId, 10);
		String secret = "线索" + UUID.randomUUID();
		discipline.post("/api/v1/rounds/{id}/clues", entry("巡察组移交", secret), f.roundId);
		discipline.post("/api/v1/rounds/{id}/petitions", entry("来信", secret), f.roundId);

		assertThat(f.api.get("/api/v1/rounds/{id}/ledger", f.roundId).toString()).doesNotContain(secret);
		assertThat(f.api.get("/api/v1/problems/{id}", f.problemId).toString()).doesNotContain(secret);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
				f.api.get("/api/v1/rounds/{id}/ledger.xlsx", f.roundId).body()));
				var text = new XSSFExcelExtractor(workbook)) {
			assertThat(text.getText()).contains("修订议事规则").doesNotContain(secret);
		}
		for (String document : new String[] { "plan.docx", "public-report.docx" }) {
			var response = f.api.get("/api/v1/rounds/{id}/" + document, f.roundId);
			assertThat(response.status()).isEqualTo(200);
			try (var docx = new XWPFDocument(new ByteArrayInputStream(response.body()));
					var text = new XWPFWordExtractor(docx)) {
				assertThat(text.getText()).as(document).doesNotContain(secret);
			}
		}
	}

	private static Map<String, Object> entry(String source, String summary) {
		return Map.of("receivedOn", TODAY.toString(), "source", source, "summary", summary);
	}
}
