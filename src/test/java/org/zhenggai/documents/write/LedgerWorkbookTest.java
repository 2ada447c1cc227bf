package org.zhenggai.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhenggai.documents.LedgerImport;
import org.zhenggai.documents.LedgerImport.RowError;
import org.zhenggai.documents.LedgerWorkbook;
import org.zhenggai.documents.ReportModel;

class LedgerWorkbookTest {

	private final LedgerWorkbook ledger = new LedgerWorkbook();

	private final ReportModel model = SampleReports.model();

	/** Sample rows as Excel numbers them: data starts in row 3. */
	private static final int FIRST_PROBLEM_ROW = 3;

	private static final int OVERDUE_ROW = 7;

	private static final int DUE_SOON_ROW = 8;

	private static final int COMPLETED_ROW = 3;

	private static final int CLOSED_ROW = 4;

	@Test
	void theLedgerHasATitleAndTheColumnsOfficesUse() throws IOException {
		try (XSSFWorkbook workbook = written()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("整改台账");
			assertThat(text(sheet, 1, 0)).isEqualTo("明湖区教育局十三届区委第六轮巡察反馈问题整改台账");
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:J1"));
			assertThat(texts(sheet.getRow(1))).containsExactly("序号", "问题类别", "问题", "整改措施", "责任领导", "牵头科室",
					"责任人", "完成时限", "整改进展", "整改状态");
		}
	}

	@Test
	void aProblemAndItsCategoryAreMergedOverTheirMeasures() throws IOException {
		try (XSSFWorkbook workbook = written()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			// problem 1 has two measures (rows 3–4); category 1 has problems 1–3 with four measures (rows 3–6)
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A3:A4"),
					CellRangeAddress.valueOf("C3:C4"), CellRangeAddress.valueOf("B3:B6"),
					CellRangeAddress.valueOf("B7:B11"), CellRangeAddress.valueOf("C10:C11"));
			assertThat(text(sheet, FIRST_PROBLEM_ROW, 2)).isEqualTo("落实“第一议题”制度不到位问题");
			assertThat(text(sheet, FIRST_PROBLEM_ROW, 3)).isEqualTo("修订党组理论学习中心组学习制度");
			assertThat(text(sheet, FIRST_PROBLEM_ROW + 1, 3)).isEqualTo("建立“第一议题”学习台账，每季度通报落实情况");
		}
	}

	@Test
	void rowsAreColouredByWarning() throws IOException {
		try (XSSFWorkbook workbook = written()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(fill(sheet, OVERDUE_ROW, 9)).isEqualTo("FFC7CE");
			assertThat(fill(sheet, DUE_SOON_ROW, 9)).isEqualTo("FFEB9C");
			assertThat(fill(sheet, COMPLETED_ROW, 3)).isEqualTo("C6EFCE");
			assertThat(fill(sheet, CLOSED_ROW, 9)).isEqualTo("D9D9D9");
			// 长期坚持 without a date is neither late nor done
			assertThat(fill(sheet, 5, 9)).isNull();
			// merged problem cells span rows of different colours and stay white
			assertThat(fill(sheet, OVERDUE_ROW, 2)).isNull();
		}
	}

	@Test
	void deadlinesAreRealDatesOrLongTerm() throws IOException {
		try (XSSFWorkbook workbook = written()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Cell deadline = sheet.getRow(COMPLETED_ROW - 1).getCell(7);
			assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
			assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 10));
			assertThat(deadline.getCellStyle().getDataFormatString()).contains("年");
			assertThat(text(sheet, 5, 7)).isEqualTo("长期坚持");
		}
	}

	@Test
	void theHeaderStaysInViewAndPrintsOnEveryA4LandscapePage() throws IOException {
		try (XSSFWorkbook workbook = written()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(pane.getVerticalSplitPosition()).isZero();
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getLandscape()).isTrue();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isZero();
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
			assertThat(sheet.getFooter().getCenter()).contains("&P");
		}
	}

	@Test
	void textWrapsAndRowsAreTallEnoughForIt() throws IOException {
		try (XSSFWorkbook workbook = written()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row row = sheet.getRow(FIRST_PROBLEM_ROW - 1);
			assertThat(row.getCell(3).getCellStyle().getWrapText()).isTrue();
			assertThat(row.getHeightInPoints()).isGreaterThan(sheet.getDefaultRowHeightInPoints());
			assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0) * 4);
		}
	}

	@Test
	void readingAWrittenLedgerGivesBackItsRows() throws IOException {
		LedgerImport result = ledger.readLedger(new ByteArrayInputStream(bytes(model)));

		assertThat(result.errors()).isEmpty();
		assertThat(result.rows()).isEqualTo(ledger.rows(model)).hasSize(11);
		assertThat(result.rows().get(2).deadline()).isNull();
	}

	@Test
	void aProblemStillWithoutMeasuresIsListedButImportsNoRow() throws IOException {
		// given a problem the office has not yet given measures, before one that has them
		ReportModel model = withCategory(new ReportModel.Category("制度建设方面", List.of(
				new ReportModel.Problem(1, "议事规则不完善问题", List.of(), "", "李建国", "办公室", List.of(), "正在整改"),
				SampleReports.problem(2, "财务制度执行不严问题", "郑海峰", "计划财务科",
						SampleReports.ongoing("开展财务检查", "计划财务科", "孙丽", LocalDate.of(2024, 9, 30), "已检查5所。")))));

		// when
		byte[] written = bytes(model);
		LedgerImport result = ledger.readLedger(new ByteArrayInputStream(written));

		// then the sheet shows the problem with its responsibility but no deadline, and reading skips it
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(text(sheet, 3, 2)).isEqualTo("议事规则不完善问题");
			assertThat(text(sheet, 3, 5)).isEqualTo("办公室");
			assertThat(sheet.getRow(2).getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
		}
		assertThat(result.errors()).isEmpty();
		assertThat(result.rows()).isEqualTo(ledger.rows(model)).singleElement()
			.satisfies(row -> assertThat(row.problem()).isEqualTo("财务制度执行不严问题"));
	}

	@Test
	void textsReadBackAsWrittenWhateverTheyLookLike() throws IOException {
		// given texts with line breaks, surrounding blanks, and words that look like formulas, dates and numbers
		ReportModel model = withCategory(new ReportModel.Category(" 制度建设方面 ", List.of(SampleReports.problem(1,
				"议事规则不完善问题\n涉及3个科室", "李建国", "办公室",
				SampleReports.ongoing(" 修订议事规则\n并印发 ", "办公室", "陈静", null, "第一行\n第二行"),
				SampleReports.ongoing("=SUM(A1:A3)", "办公室", "", LocalDate.of(2024, 2, 29), ""),
				SampleReports.ongoing("2024-03-28", "办公室", "陈静", LocalDate.of(2024, 12, 31), "0012"),
				SampleReports.overdue("长期坚持", "办公室", "陈静", LocalDate.of(2024, 1, 2), "尚未完成。"),
				SampleReports.closed("1.5", "办公室", "陈静", LocalDate.of(2024, 3, 1), "已销号。")))));

		// when
		LedgerImport result = ledger.readLedger(new ByteArrayInputStream(bytes(model)));

		// then every row reads back as the model shows it, with its status
		assertThat(result.errors()).isEmpty();
		assertThat(result.rows()).isEqualTo(ledger.rows(model));
		assertThat(result.rows()).extracting(LedgerImport.Row::measure)
			.containsExactly("修订议事规则\n并印发", "=SUM(A1:A3)", "2024-03-28", "长期坚持", "1.5");
		assertThat(result.rows()).extracting(LedgerImport.Row::status).containsExactly("正在整改", "正在整改", "正在整改", "逾期", "已销号");
		assertThat(result.rows().get(0).category()).isEqualTo("制度建设方面");
	}

	@Test
	void malformedCellsAreListedByRowAndColumnAndNothingIsImported() throws IOException {
		byte[] edited = edit(bytes(model), workbook -> {
			XSSFSheet sheet = workbook.getSheetAt(0);
			retype(sheet.getRow(4).getCell(7), "2024年13月45日");
			sheet.getRow(6).getCell(3).setBlank();
		});

		LedgerImport result = ledger.readLedger(new ByteArrayInputStream(edited));

		assertThat(result.succeeded()).isFalse();
		assertThat(result.rows()).isEmpty();
		assertThat(result.errors()).containsExactly(
				new RowError(5, "完成时限", "无法识别的日期“2024年13月45日”，请填写如2024年3月28日、2024-03-28或“长期坚持”"),
				new RowError(7, "整改措施", "不能为空"));
	}

	@Test
	void typedDatesAndLongTermWorkAreAccepted() throws IOException {
		byte[] edited = edit(bytes(model), workbook -> {
			XSSFSheet sheet = workbook.getSheetAt(0);
			retype(sheet.getRow(2).getCell(7), "2024年3月28日");
			retype(sheet.getRow(3).getCell(7), "2024-03-29");
			retype(sheet.getRow(5).getCell(7), "长期坚持");
		});

		List<LedgerImport.Row> rows = ledger.readLedger(new ByteArrayInputStream(edited)).rows();

		assertThat(rows.get(0).deadline()).isEqualTo(LocalDate.of(2024, 3, 28));
		assertThat(rows.get(1).deadline()).isEqualTo(LocalDate.of(2024, 3, 29));
		assertThat(rows.get(3).deadline()).isNull();
	}

	@Test
	void anUnknownStatusIsAnError() throws IOException {
		byte[] edited = edit(bytes(model), workbook -> retype(workbook.getSheetAt(0).getRow(2).getCell(9), "差不多了"));

		LedgerImport result = ledger.readLedger(new ByteArrayInputStream(edited));

		assertThat(result.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).isEqualTo("整改状态");
			assertThat(error.reason()).startsWith("未知的整改状态“差不多了”");
		});
	}

	@Test
	void aProblemCellLeftEmptyWithoutMergingIsAnError() throws IOException {
		byte[] edited = edit(bytes(model), workbook -> {
			XSSFSheet sheet = workbook.getSheetAt(0);
			List<CellRangeAddress> regions = sheet.getMergedRegions();
			for (int i = 0; i < regions.size(); i++) {
				if (regions.get(i).formatAsString().equals("C3:C4")) {
					sheet.removeMergedRegion(i);
				}
			}
			sheet.getRow(3).getCell(2).setBlank();
		});

		assertThat(ledger.readLedger(new ByteArrayInputStream(edited)).errors())
			.containsExactly(new RowError(4, "问题", "不能为空"));
	}

	@Test
	void aFileThatIsNoWorkbookIsReportedNotThrown() throws IOException {
		LedgerImport result = ledger.readLedger(new ByteArrayInputStream("序号,问题".getBytes(StandardCharsets.UTF_8)));

		assertThat(result.errors()).singleElement()
			.satisfies(error -> assertThat(error.reason()).contains("不是Excel工作簿"));
	}

	@Test
	void aWorkbookWithoutTheLedgerHeaderIsReported() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("姓名");
			workbook.write(out);
		}

		LedgerImport result = ledger.readLedger(new ByteArrayInputStream(out.toByteArray()));

		assertThat(result.errors()).singleElement().satisfies(error -> assertThat(error.reason()).startsWith("未找到表头行"));
	}

	@Test
	void aLedgerOfThousandsOfMeasuresIsWrittenAndReadBack() throws IOException {
		ReportModel large = SampleReports.large(200, 5);

		LedgerImport result = ledger.readLedger(new ByteArrayInputStream(bytes(large)));

		assertThat(result.errors()).isEmpty();
		assertThat(result.rows()).hasSize(3000).isEqualTo(ledger.rows(large));
	}

	private static ReportModel withCategory(ReportModel.Category category) {
		ReportModel sample = SampleReports.model();
		return new ReportModel(sample.unit(), sample.round(), sample.leadingGroup(), sample.organisation(),
				List.of(category), sample.nextSteps(), sample.plan(), sample.reportDate());
	}

	private XSSFWorkbook written() throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes(model)));
	}

	private byte[] bytes(ReportModel report) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ledger.writeLedger(report, SampleReports.TODAY, out);
		return out.toByteArray();
	}

	private static byte[] edit(byte[] workbookBytes, Consumer<XSSFWorkbook> change) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
			change.accept(workbook);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * Types over a cell as a person in Excel would. The ledger is written with inline strings, and
	 * POI would keep the old inline text next to a new value; Excel replaces it.
	 */
	private static void retype(Cell cell, String text) {
		cell.setBlank();
		cell.setCellValue(text);
	}

	/** The text of a cell, by the row number Excel shows and the column index. */
	private static String text(XSSFSheet sheet, int excelRow, int column) {
		return sheet.getRow(excelRow - 1).getCell(column).getStringCellValue();
	}

	private static List<String> texts(Row row) {
		return java.util.stream.StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
	}

	private static String fill(XSSFSheet sheet, int excelRow, int column) {
		XSSFCellStyle style = sheet.getRow(excelRow - 1).getCell(column).getCellStyle();
		return style.getFillForegroundXSSFColor() == null ? null : style.getFillForegroundXSSFColor().getARGBHex().substring(2);
	}
}
