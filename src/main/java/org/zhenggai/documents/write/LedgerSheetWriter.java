package org.zhenggai.documents.write;

import static org.zhenggai.documents.write.LedgerColumn.CATEGORY;
import static org.zhenggai.documents.write.LedgerColumn.NUMBER;
import static org.zhenggai.documents.write.LedgerColumn.PROBLEM;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhenggai.documents.LedgerWorkbook;
import org.zhenggai.documents.ReportModel;
import org.zhenggai.documents.ReportModel.Category;
import org.zhenggai.documents.ReportModel.Measure;
import org.zhenggai.documents.ReportModel.Problem;
import org.zhenggai.documents.write.LedgerStyles.Shape;

/**
 * Writes the ledger (整改台账): one row per measure, the problem and its category merged down over
 * their measures, rows coloured by warning, ready to print on A4 landscape. Rows are streamed to disk
 * as they are written, so a ledger of thousands of measures needs little memory.
 */
public final class LedgerSheetWriter {

	public static final String SHEET_NAME = "整改台账";

	static final int TITLE_ROW = 0;

	static final int HEADER_ROW = 1;

	static final int FIRST_DATA_ROW = 2;

	/** Text for a measure without a date. */
	static final String NO_DEADLINE = "长期坚持";

	/** Rows kept in memory; all rows of one category are planned before any is written. */
	private static final int ROWS_IN_MEMORY = 200;

	/** One line of 11 pt text, and the padding Excel keeps above and below. */
	private static final float LINE_HEIGHT = 14.5f;

	private static final float PADDING = 4f;

	/** Empty rows below the ledger that still offer the status list, for rows the office adds. */
	private static final int SPARE_ROWS = 200;

	public void write(ReportModel model, LocalDate today, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			workbook.setCompressTempFiles(true);
			LedgerStyles styles = new LedgerStyles(workbook);
			Sheet sheet = workbook.createSheet(SHEET_NAME);
			setColumnWidths(sheet);
			writeTitle(sheet, styles, model);
			writeHeader(sheet, styles);
			int next = FIRST_DATA_ROW;
			int number = 1;
			for (Category category : model.categories()) {
				next = writeCategory(sheet, styles, category, next, number, today);
				number += category.problems().size();
			}
			offerStatusList(sheet, next - 1 + SPARE_ROWS);
			sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, next - 1), 0,
					LedgerColumn.values().length - 1));
			setUpPrinting(sheet, today);
			workbook.write(out);
		}
	}

	static String title(ReportModel model) {
		return model.unit().name() + model.round().name() + "反馈问题整改台账";
	}

	private static void setColumnWidths(Sheet sheet) {
		for (LedgerColumn column : LedgerColumn.values()) {
			sheet.setColumnWidth(column.index(), column.widthInChars() * 256);
		}
	}

	private static void writeTitle(Sheet sheet, LedgerStyles styles, ReportModel model) {
		Row row = sheet.createRow(TITLE_ROW);
		row.setHeightInPoints(36);
		for (LedgerColumn column : LedgerColumn.values()) {
			row.createCell(column.index()).setCellStyle(styles.title());
		}
		row.getCell(0).setCellValue(title(model));
		sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, LedgerColumn.values().length - 1));
	}

	private static void writeHeader(Sheet sheet, LedgerStyles styles) {
		Row row = sheet.createRow(HEADER_ROW);
		row.setHeightInPoints(24);
		for (LedgerColumn column : LedgerColumn.values()) {
			Cell cell = row.createCell(column.index());
			cell.setCellStyle(styles.header());
			cell.setCellValue(column.header());
		}
	}

	/** A sheet row to be: one measure of a problem, or the problem alone if it has no measure yet. */
	private record Line(int number, Category category, Problem problem, Measure measure) {

		Object value(LedgerColumn column) {
			return switch (column) {
				case NUMBER -> number;
				case CATEGORY -> category.title();
				case PROBLEM -> problem.title();
				case MEASURE -> measure == null ? "" : measure.text();
				case RESPONSIBLE_LEADER -> measure == null ? problem.responsibleLeader() : measure.responsibleLeader();
				case LEAD_DEPARTMENT -> measure == null ? problem.leadDepartment() : measure.leadDepartment();
				case RESPONSIBLE_PERSON -> measure == null ? "" : measure.responsiblePerson();
				// a problem awaiting its measures has no deadline yet, not an open-ended one
				case DEADLINE -> measure == null ? null : measure.deadline() == null ? NO_DEADLINE : measure.deadline();
				case PROGRESS -> measure == null ? "" : measure.progress();
				case STATUS -> measure == null ? "" : measure.status();
			};
		}
	}

	private static int writeCategory(Sheet sheet, LedgerStyles styles, Category category, int firstRow, int firstNumber,
			LocalDate today) {
		List<Line> lines = new ArrayList<>();
		List<int[]> problemSpans = new ArrayList<>();
		int number = firstNumber;
		for (Problem problem : category.problems()) {
			int start = lines.size();
			if (problem.measures().isEmpty()) {
				lines.add(new Line(number, category, problem, null));
			}
			for (Measure measure : problem.measures()) {
				lines.add(new Line(number, category, problem, measure));
			}
			problemSpans.add(new int[] { start, lines.size() - 1 });
			number++;
		}
		if (lines.isEmpty()) {
			return firstRow;
		}
		float[] heights = heights(lines, problemSpans);
		for (int i = 0; i < lines.size(); i++) {
			writeLine(sheet.createRow(firstRow + i), styles, lines.get(i), heights[i], today);
		}
		for (int[] span : problemSpans) {
			mergeDown(sheet, firstRow + span[0], firstRow + span[1], NUMBER);
			mergeDown(sheet, firstRow + span[0], firstRow + span[1], PROBLEM);
		}
		mergeDown(sheet, firstRow, firstRow + lines.size() - 1, CATEGORY);
		return firstRow + lines.size();
	}

	/**
	 * Every row carries the problem and category too, hidden under the merge, so that filtering the
	 * sheet by a problem in Excel still shows all of its measures.
	 */
	private static void writeLine(Row row, LedgerStyles styles, Line line, float height, LocalDate today) {
		row.setHeightInPoints(height);
		LedgerFill fill = line.measure() == null ? LedgerFill.NONE : LedgerFill.of(line.measure(), today);
		for (LedgerColumn column : LedgerColumn.values()) {
			Cell cell = row.createCell(column.index());
			Object value = line.value(column);
			boolean merged = column == NUMBER || column == CATEGORY || column == PROBLEM;
			cell.setCellStyle(styles.cell(shape(column, value), merged ? LedgerFill.NONE : fill));
			if (value instanceof LocalDate date) {
				cell.setCellValue(date);
			}
			else if (value instanceof Integer integer) {
				cell.setCellValue(integer);
			}
			else if (value != null && !value.toString().isEmpty()) {
				cell.setCellValue(value.toString());
			}
		}
	}

	private static Shape shape(LedgerColumn column, Object value) {
		return switch (column) {
			case CATEGORY, PROBLEM, MEASURE, PROGRESS -> Shape.TEXT;
			case DEADLINE -> value instanceof LocalDate ? Shape.DATE : Shape.CENTRED;
			default -> Shape.CENTRED;
		};
	}

	/**
	 * Row heights that show all wrapped text. Excel does not grow rows for merged cells, so a
	 * problem or category longer than its measures gets the missing height on its last row.
	 */
	private static float[] heights(List<Line> lines, List<int[]> problemSpans) {
		float[] heights = new float[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			int most = 1;
			for (LedgerColumn column : LedgerColumn.values()) {
				if (column != CATEGORY && column != PROBLEM) {
					most = Math.max(most, lineCount(lines.get(i).value(column), column));
				}
			}
			heights[i] = height(most);
		}
		for (int[] span : problemSpans) {
			growToFit(heights, span[0], span[1], lineCount(lines.get(span[0]).value(PROBLEM), PROBLEM));
		}
		growToFit(heights, 0, lines.size() - 1, lineCount(lines.get(0).value(CATEGORY), CATEGORY));
		return heights;
	}

	private static void growToFit(float[] heights, int first, int last, int lines) {
		float have = 0;
		for (int i = first; i <= last; i++) {
			have += heights[i];
		}
		float missing = height(lines) - have;
		if (missing > 0) {
			heights[last] += missing;
		}
	}

	private static float height(int lines) {
		return lines * LINE_HEIGHT + PADDING;
	}

	/** How many lines a value wraps to in its column; a Chinese character is two units wide. */
	static int lineCount(Object value, LedgerColumn column) {
		if (value == null || value instanceof LocalDate || value instanceof Integer) {
			return 1;
		}
		int usable = Math.max(1, column.widthInChars() - 1);
		int lines = 0;
		for (String paragraph : value.toString().split("\n", -1)) {
			double units = OfficialLayout.widthInChars(paragraph) * 2;
			lines += Math.max(1, (int) Math.ceil(units / usable));
		}
		return lines;
	}

	/**
	 * Problems and categories span rows of their own, so no two regions overlap. POI's checked merge
	 * rereads every region already on the sheet, which made writing 2,000 measures three times slower.
	 */
	private static void mergeDown(Sheet sheet, int firstRow, int lastRow, LedgerColumn column) {
		if (lastRow > firstRow) {
			sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, column.index(), column.index()));
		}
	}

	/** A drop-down of the known statuses, so that typed statuses read back without error. */
	private static void offerStatusList(Sheet sheet, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int column = LedgerColumn.STATUS.index();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(LedgerWorkbook.STATUSES.toArray(String[]::new)),
				new CellRangeAddressList(FIRST_DATA_ROW, Math.max(FIRST_DATA_ROW, lastRow), column, column));
		validation.setShowErrorBox(true);
		// in .xlsx, "suppress" true is what shows the arrow
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

	/** A4 landscape, one page wide, title and header on every page, page numbers below. */
	private static void setUpPrinting(Sheet sheet, LocalDate today) {
		sheet.createFreezePane(0, FIRST_DATA_ROW);
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.6);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.getHeader().setRight("截至" + ChineseDates.format(today));
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
	}
}
