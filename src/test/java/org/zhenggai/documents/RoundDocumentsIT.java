package org.zhenggai.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

import tools.jackson.databind.JsonNode;

/**
 * A round's ledger workbook, plan and public report as an office downloads them through the API,
 * opened as Excel, Word and a PDF reader would, and the report read back into the ledger it came from.
 */
class RoundDocumentsIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private static final List<String> LEDGER_COLUMNS = List.of("序号", "问题类别", "问题", "整改措施", "责任领导", "牵头科室",
			"责任人", "完成时限", "整改进展", "整改状态");

	/** The fill the ledger gives an overdue row (预警 red). */
	private static final String RED = "FFC7CE";

	private LedgerFixture f;

	private String documents;

	/**
	 * Given a round with 2 categories, 3 problems and 5 measures: one completed, one overdue, one in
	 * progress, one not yet started and one kept up without a deadline.
	 */
	@BeforeEach
	void aRoundWithTwoCategoriesThreeProblemsAndFiveMeasures() {
		f = fixture();
		documents = "/api/v1/rounds/" + f.roundId;
		// category 1, problem 1 (from the fixture): 会议记录不规范问题
		long completed = f.measure("修订议事规则", f.officeId, 10);
		f.measure("补齐会议记录要素", f.teachingId, -3);
		report(completed, "议事规则已印发", "COMPLETED");
		// category 1, problem 2
		long archives = problem(f.categoryId, "档案管理不规范问题", f.teachingId);
		long training = measure(archives, "开展档案管理培训", "BY_DEADLINE", f.officeId, TODAY.plusDays(5));
		measure(archives, "建立档案定期检查机制", "ONGOING", f.teachingId, null);
		report(training, "已制定培训计划", "IN_PROGRESS");
		// category 2, problem 1
		long branches = created(f.api.post("/api/v1/rounds/{id}/categories", Map.of("title", "基层党组织建设有短板方面"), f.roundId));
		long meetings = problem(branches, "“三会一课”落实不规范问题", f.officeId);
		long check = measure(meetings, "开展支部规范化建设检查", "BY_DEADLINE", f.teachingId, TODAY.plusDays(20));
		report(check, "已完成全部支部检查", "COMPLETED_ONGOING");
	}

	@Test
	void theLedgerWorkbookHasTheOfficesColumnsAndOneRowPerMeasure() throws IOException {
		// when
		Api.Response response = f.api.get(documents + "/ledger.xlsx");

		// then
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.headers().getContentType().toString()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.headers().getContentDisposition().getFilename()).endsWith("-整改台账.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(1))).containsExactlyElementsOf(LEDGER_COLUMNS);
			assertThat(sheet.getLastRowNum()).as("title, header and 5 measures").isEqualTo(6);
			String deadline = String.valueOf(TODAY.minusDays(3));
			assertThat(row(sheet, 2)).containsExactly("1", "落实全面从严治党责任不到位方面", "会议记录不规范问题", "修订议事规则", "李局长",
					"办公室", "王科长", String.valueOf(TODAY.plusDays(10)), "议事规则已印发", "已完成");
			assertThat(row(sheet, 3)).containsExactly("1", "落实全面从严治党责任不到位方面", "会议记录不规范问题", "补齐会议记录要素", "李局长",
					"基础教育科", "王科长", deadline, "", "逾期");
			assertThat(row(sheet, 4)).containsExactly("2", "落实全面从严治党责任不到位方面", "档案管理不规范问题", "开展档案管理培训", "李局长",
					"办公室", "王科长", String.valueOf(TODAY.plusDays(5)), "已制定培训计划", "正在整改");
			assertThat(row(sheet, 5)).containsExactly("2", "落实全面从严治党责任不到位方面", "档案管理不规范问题", "建立档案定期检查机制", "李局长",
					"基础教育科", "王科长", "长期坚持", "", "未开始");
			assertThat(row(sheet, 6)).containsExactly("3", "基层党组织建设有短板方面", "“三会一课”落实不规范问题", "开展支部规范化建设检查", "李局长",
					"基础教育科", "王科长", String.valueOf(TODAY.plusDays(20)), "已完成全部支部检查", "已完成");
			// the overdue measure is red from its text to its status; the merged problem cell is not
			assertThat(List.of(3, 4, 5, 6, 7, 8, 9)).allSatisfy(column -> assertThat(fill(sheet, 3, column)).isEqualTo(RED));
			assertThat(fill(sheet, 2, 9)).isNotEqualTo(RED);
			// each problem and each category spans its measures
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A3:A4"), CellRangeAddress.valueOf("C3:C4"),
					CellRangeAddress.valueOf("A5:A6"), CellRangeAddress.valueOf("C5:C6"), CellRangeAddress.valueOf("B3:B6"));
		}
	}

	@Test
	void theLedgerWorkbookTakesTheLedgersFilters() throws IOException {
		// when only overdue work is asked for
		Api.Response response = f.api.get(documents + "/ledger.xlsx?overdue=true");

		// then the workbook holds the one overdue measure
		assertThat(response.status()).isEqualTo(200);
		LedgerImport read = new LedgerWorkbook().readLedger(new ByteArrayInputStream(response.body()));
		assertThat(read.errors()).isEmpty();
		assertThat(read.rows()).singleElement().satisfies(row -> {
			assertThat(row.measure()).isEqualTo("补齐会议记录要素");
			assertThat(row.status()).isEqualTo("逾期");
		});
		assertThat(rows(f.api.get(documents + "/ledger.xlsx?departmentId=" + f.officeId))).extracting(LedgerImport.Row::measure)
			.containsExactly("修订议事规则", "开展档案管理培训");
		assertThat(rows(f.api.get(documents + "/ledger.xlsx?status=COMPLETED"))).extracting(LedgerImport.Row::measure)
			.containsExactly("修订议事规则", "开展支部规范化建设检查");
		assertThat(rows(f.api.get(documents + "/ledger.xlsx?text=档案"))).hasSize(2);
	}

	@Test
	void theDownloadedLedgerReadsBackAsTheLedgerTheApiShows() throws IOException {
		// given the ledger as the API lists it
		JsonNode ledger = f.api.get(documents + "/ledger?size=100").json().get("content");

		// when the workbook is downloaded and read back as an office hands it in
		LedgerImport read = new LedgerWorkbook().readLedger(new ByteArrayInputStream(f.api.get(documents + "/ledger.xlsx").body()));

		// then its rows are the ledger's rows, cell by cell
		assertThat(read.errors()).isEmpty();
		assertThat(read.rows()).isEqualTo(ledger.valueStream().map(RoundDocumentsIT::asWorkbookRow).toList());
	}

	@Test
	void thePlanGivesEachProblemItsMeasures() throws IOException {
		// when
		Api.Response response = f.api.get(documents + "/plan.docx");

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().getContentDisposition().getFilename()).endsWith("-整改方案.docx");
		List<String> texts = paragraphs(response.body());
		assertThat(texts).contains("关于落实区委第三巡察组反馈意见的整改方案");
		assertThat(after(texts, "1.会议记录不规范问题", 6)).containsExactly("具体表现：记录要素不全。", "责任领导：李局长；牵头科室：办公室。",
				"整改措施：", "（1）修订议事规则。",
				"责任领导：李局长；牵头科室：办公室；责任人：王科长；完成时限：" + chinese(TODAY.plusDays(10)) + "前（限期整改）。",
				"（2）补齐会议记录要素。");
		// work kept up without a date is 长期坚持
		assertThat(after(texts, "（2）建立档案定期检查机制。", 1))
			.containsExactly("责任领导：李局长；牵头科室：基础教育科；责任人：王科长；完成时限：长期坚持。");
		assertThat(after(texts, "（二）基层党组织建设有短板方面", 1)).containsExactly("1.“三会一课”落实不规范问题");
		assertThat(texts).contains("（1）开展支部规范化建设检查。");
	}

	@Test
	void thePublicReportStatesTheBasisEachProblemsMeasuresAndProgressAndIsSigned() throws IOException {
		// when
		Api.Response response = f.api.get(documents + "/public-report.docx");

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().getContentDisposition().getFilename()).endsWith("-整改情况通报.docx");
		List<String> texts = paragraphs(response.body());
		assertThat(texts.get(0).replace("\n", "")).isEqualTo("中共测试区教育局党组关于巡察整改情况的通报");
		assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("根据区委统一部署，")
			.contains("区委第三巡察组对测试区教育局党组开展了常规巡察。")
			.contains(chinese(f.feedbackDate) + "，巡察组反馈了巡察意见，指出问题2大类3个。"));
		assertThat(texts).contains("对照反馈意见指出的3个问题，我们逐项制定整改措施5项。截至" + chinese(TODAY) + "，已完成2项，正在整改3项。");
		assertThat(after(texts, "1.会议记录不规范问题", 3)).containsExactly("一是修订议事规则。议事规则已印发。", "二是补齐会议记录要素。",
				"整改进展：正在整改。");
		assertThat(after(texts, "2.档案管理不规范问题", 3)).containsExactly("一是开展档案管理培训。已制定培训计划。", "二是建立档案定期检查机制。",
				"整改进展：正在整改。");
		assertThat(after(texts, "（二）基层党组织建设有短板方面", 3)).containsExactly("1.“三会一课”落实不规范问题",
				"开展支部规范化建设检查。已完成全部支部检查。", "整改进展：已完成整改并长期坚持。");
		assertThat(texts.subList(texts.size() - 2, texts.size())).containsExactly("中共测试区教育局党组", chinese(TODAY));
	}

	@Test
	void thePublicReportPdfCarriesTheSameWords() throws IOException {
		// when
		Api.Response response = f.api.get(documents + "/public-report.pdf");

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(response.headers().getContentDisposition().getFilename()).endsWith("-整改情况通报.pdf");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
			assertThat(text).contains("中共测试区教育局党组关于巡察整改情况的通报", "1.会议记录不规范问题", "整改进展：已完成整改并长期坚持。");
		}
	}

	@Test
	void thePublicReportReadsBackAsTheRoundsProblemListMeasuresAndProgress() {
		// given the round's problem list and measures as the API gives them
		List<Line> expected = new ArrayList<>();
		for (JsonNode tree : f.api.get(documents + "/categories").json()) {
			for (JsonNode problem : tree.get("problems")) {
				JsonNode rectification = f.api.get("/api/v1/problems/{id}", problem.get("id").asLong()).json();
				List<String> measures = rectification.get("measures").valueStream().map(RoundDocumentsIT::asReported).toList();
				expected.add(new Line(tree.get("category").get("title").asString(), problem.get("position").asString(),
						problem.get("title").asString(), measures, rectification.get("status").asString()));
			}
		}

		// when the public report is downloaded and read as a published report
		IngestResult read = DocumentReader.read(f.api.get(documents + "/public-report.docx").body(), "整改情况通报.docx");

		// then it gives back the same categories, problems and measures, with progress that matches their status
		List<Line> actual = new ArrayList<>();
		for (IngestResult.Category category : read.categories()) {
			for (IngestResult.Problem problem : category.problems()) {
				actual.add(new Line(category.title(), problem.number(), problem.title(),
						problem.measures().stream().map(IngestResult.Measure::text).toList(), statusOf(problem.progress())));
			}
		}
		assertThat(actual).isEqualTo(expected);
		assertThat(read.categories()).flatExtracting(IngestResult.Category::problems)
			.extracting(IngestResult.Problem::progress)
			.containsExactly("IN_PROGRESS", "IN_PROGRESS", "COMPLETED_ONGOING");
		assertThat(read.inspectionGroup()).isEqualTo("区委第三巡察组");
		assertThat(read.feedbackDate()).isEqualTo(f.feedbackDate);
		assertThat(read.declaredProblemCount()).isEqualTo(3);
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void aRoundThatDoesNotExistHasNoDocuments() {
		for (String document : List.of("ledger.xlsx", "plan.docx", "public-report.docx", "public-report.pdf")) {
			// when
			Api.Response response = f.api.get("/api/v1/rounds/{id}/" + document, Long.MAX_VALUE);

			// then
			assertThat(response.status()).as(document).isEqualTo(404);
			assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(document).isTrue();
			assertThat(response.json().get("status").asInt()).isEqualTo(404);
		}
	}

	/** One problem as the report states it and as the round holds it. */
	record Line(String category, String number, String title, List<String> measures, String status) {
	}

	/** A measure as the report states it: as planned, then its latest progress. */
	private static String asReported(JsonNode measure) {
		JsonNode progress = measure.get("latestProgress");
		return measure.get("text").asString() + "。" + (progress == null || progress.isNull() ? "" : progress.get("text").asString() + "。");
	}

	/** The problem status (MeasureStatus) a stated progress phrase stands for. */
	private static String statusOf(String phrase) {
		return phrase.startsWith("COMPLETED") ? "COMPLETED" : "IN_PROGRESS";
	}

	/** A row of the API's ledger as the workbook shows it. */
	private static LedgerImport.Row asWorkbookRow(JsonNode row) {
		String status = row.get("overdue").asBoolean() ? "逾期"
				: Map.of("NOT_STARTED", "未开始", "IN_PROGRESS", "正在整改", "COMPLETED", "已完成", "CLOSED", "已销号")
					.get(row.get("status").asString());
		JsonNode deadline = row.get("deadline");
		return new LedgerImport.Row(row.get("categoryTitle").asString(), row.get("problemTitle").asString(),
				row.get("measureText").asString(), text(row, "responsibleLeaderName"), text(row, "leadDepartmentName"),
				text(row, "responsiblePersonName"), deadline == null || deadline.isNull() ? null : LocalDate.parse(deadline.asString()),
				text(row, "progressText"), status);
	}

	private static String text(JsonNode row, String field) {
		JsonNode value = row.get(field);
		return value == null || value.isNull() ? "" : value.asString();
	}

	private long problem(long categoryId, String title, long departmentId) {
		return created(f.api.post("/api/v1/categories/{id}/problems", Map.of("title", title, "responsibleLeaderId", f.leaderId,
				"leadDepartmentId", departmentId, "manifestations", List.of("工作不够规范")), categoryId));
	}

	private long measure(long problemId, String text, String kind, long departmentId, LocalDate deadline) {
		var body = new HashMap<String, Object>();
		body.put("text", text);
		body.put("kind", kind);
		body.put("leadDepartmentId", departmentId);
		body.put("responsiblePersonId", f.staffId);
		if (deadline != null) {
			body.put("deadline", deadline.toString());
		}
		return created(f.api.post("/api/v1/problems/{id}/measures", body, problemId));
	}

	private void report(long measureId, String text, String phrase) {
		Api.Response response = f.api.post("/api/v1/measures/{id}/progress", Map.of("text", text, "phrase", phrase), measureId);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	private static long created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.id();
	}

	private static List<LedgerImport.Row> rows(Api.Response workbook) throws IOException {
		assertThat(workbook.status()).isEqualTo(200);
		LedgerImport read = new LedgerWorkbook().readLedger(new ByteArrayInputStream(workbook.body()));
		assertThat(read.errors()).isEmpty();
		return read.rows();
	}

	/** 2026年3月5日, as the documents write dates. */
	private static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static List<String> paragraphs(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
	}

	/** The paragraphs that follow the one with this text. */
	private static List<String> after(List<String> texts, String text, int count) {
		int at = texts.indexOf(text);
		assertThat(at).as(text).isNotNegative();
		return texts.subList(at + 1, Math.min(texts.size(), at + 1 + count));
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			texts.add(cell.getStringCellValue());
		}
		return texts;
	}

	/** A data row's cells as text; dates as ISO dates, numbers without decimals. */
	private static List<String> row(XSSFSheet sheet, int index) {
		List<String> cells = new ArrayList<>();
		Row row = sheet.getRow(index);
		for (int column = 0; column < LEDGER_COLUMNS.size(); column++) {
			Cell cell = row.getCell(column);
			String value = switch (cell.getCellType()) {
				case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
						? String.valueOf(cell.getLocalDateTimeCellValue().toLocalDate())
						: String.valueOf((long) cell.getNumericCellValue());
				case STRING -> cell.getStringCellValue();
				default -> "";
			};
			cells.add(value);
		}
		return cells;
	}

	private static String fill(XSSFSheet sheet, int rowIndex, int column) {
		XSSFColor color = sheet.getRow(rowIndex).getCell(column).getCellStyle().getFillForegroundXSSFColor();
		return color == null ? null : color.getARGBHex().substring(2);
	}
}
