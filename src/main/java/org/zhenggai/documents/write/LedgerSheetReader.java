package org.zhenggai.documents.write;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.zhenggai.documents.LedgerImport;
import org.zhenggai.documents.LedgerImport.RowError;
import org.zhenggai.documents.LedgerWorkbook;

/**
 * Reads a ledger in the layout {@link LedgerSheetWriter} writes, as offices fill it in: columns are
 * found by their headers, merged problem and category cells count for every row they cover, dates may
 * be real dates or typed text, and the row of a problem without measures is passed over. Every
 * malformed cell is reported with its row and column.
 */
public final class LedgerSheetReader {

	/** Texts that mean "no date": work that goes on (长期坚持). */
	private static final Set<String> NO_DEADLINE = Set.of("长期坚持", "长期", "持续推进", "长期推进", "需长期推进");

	/** Columns without which a row is not a measure. */
	private static final Set<LedgerColumn> REQUIRED = Set.of(LedgerColumn.CATEGORY, LedgerColumn.PROBLEM,
			LedgerColumn.MEASURE, LedgerColumn.STATUS);

	/** How far down a title and notes may push the header row. */
	private static final int HEADER_SEARCH_ROWS = 10;

	public LedgerImport read(InputStream in) throws IOException {
		InputStream stream = FileMagic.prepareToCheckMagic(in);
		FileMagic magic = FileMagic.valueOf(stream);
		if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
			return fileError("文件不是Excel工作簿，请上传.xlsx文件");
		}
		try (Workbook workbook = WorkbookFactory.create(stream)) {
			if (workbook.getNumberOfSheets() == 0) {
				return fileError("工作簿中没有工作表");
			}
			return new SheetReading(workbook, workbook.getSheetAt(0)).read();
		}
		catch (NotOfficeXmlFileException | POIXMLException | EncryptedDocumentException unreadable) {
			return fileError("文件已损坏或已加密，无法读取");
		}
	}

	private static LedgerImport fileError(String reason) {
		return LedgerImport.failed(List.of(new RowError(0, "", reason)));
	}

	/** The state of reading one sheet. */
	private static final class SheetReading {

		private final Sheet sheet;

		private final DataFormatter formatter = new DataFormatter();

		private final FormulaEvaluator evaluator;

		private final boolean date1904;

		private final Map<Long, Cell> mergedOrigins = new HashMap<>();

		private final List<LedgerImport.Row> rows = new ArrayList<>();
		private final List<Integer> lines = new ArrayList<>();

		private final List<RowError> errors = new ArrayList<>();

		private final Map<LedgerColumn, Integer> columns = new EnumMap<>(LedgerColumn.class);

		SheetReading(Workbook workbook, Sheet sheet) {
			this.sheet = sheet;
			this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			this.date1904 = workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf && xssf.isDate1904();
		}

		LedgerImport read() {
			Optional<Row> header = findHeader();
			if (header.isEmpty()) {
				return LedgerImport.failed(List.of(new RowError(1, LedgerColumn.CATEGORY.header(),
						"未找到表头行，表头应包含：" + String.join("、", headers()))));
			}
			mapColumns(header.get());
			if (!errors.isEmpty()) {
				return LedgerImport.failed(errors);
			}
			indexMergedCells();
			for (int index = header.get().getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
				Row row = sheet.getRow(index);
				if (row != null && !isBlank(row)) {
					readRow(row);
				}
			}
			return errors.isEmpty() ? LedgerImport.of(rows, lines) : LedgerImport.failed(errors);
		}

		private Optional<Row> findHeader() {
			for (int index = 0; index <= Math.min(HEADER_SEARCH_ROWS, sheet.getLastRowNum()); index++) {
				Row row = sheet.getRow(index);
				if (row != null && headerIndex(row, LedgerColumn.MEASURE.header()).isPresent()) {
					return Optional.of(row);
				}
			}
			return Optional.empty();
		}

		private void mapColumns(Row header) {
			for (LedgerColumn column : LedgerColumn.values()) {
				Optional<Integer> index = headerIndex(header, column.header());
				if (index.isPresent()) {
					columns.put(column, index.get());
				}
				else if (column != LedgerColumn.NUMBER) {
					errors.add(new RowError(header.getRowNum() + 1, column.header(), "缺少此列"));
				}
			}
		}

		private Optional<Integer> headerIndex(Row row, String header) {
			for (Cell cell : row) {
				if (formatter.formatCellValue(cell).replaceAll("\\s", "").equals(header)) {
					return Optional.of(cell.getColumnIndex());
				}
			}
			return Optional.empty();
		}

		/** Only the first cell of a merged range holds the value; the others point to it. */
		private void indexMergedCells() {
			for (CellRangeAddress range : sheet.getMergedRegions()) {
				Row firstRow = sheet.getRow(range.getFirstRow());
				Cell origin = firstRow == null ? null : firstRow.getCell(range.getFirstColumn());
				for (int row = range.getFirstRow(); row <= range.getLastRow(); row++) {
					for (int column = range.getFirstColumn(); column <= range.getLastColumn(); column++) {
						mergedOrigins.put(key(row, column), origin);
					}
				}
			}
		}

		private static long key(int row, int column) {
			return ((long) row << 16) | column;
		}

		/** A row is blank when none of its own cells holds anything; merged neighbours do not count. */
		private boolean isBlank(Row row) {
			for (int column : columns.values()) {
				Cell cell = row.getCell(column);
				if (cell != null && !mergedOrigins.containsKey(key(row.getRowNum(), column))
						&& !formatter.formatCellValue(cell, evaluator).isBlank()) {
					return false;
				}
			}
			return true;
		}

		private void readRow(Row row) {
			if (isProblemWithoutMeasures(row)) {
				return;
			}
			int errorsBefore = errors.size();
			String category = text(row, LedgerColumn.CATEGORY);
			String problem = text(row, LedgerColumn.PROBLEM);
			String measure = text(row, LedgerColumn.MEASURE);
			String leader = text(row, LedgerColumn.RESPONSIBLE_LEADER);
			String department = text(row, LedgerColumn.LEAD_DEPARTMENT);
			String person = text(row, LedgerColumn.RESPONSIBLE_PERSON);
			LocalDate deadline = deadline(row);
			String progress = text(row, LedgerColumn.PROGRESS);
			String status = status(row);
			if (errors.size() == errorsBefore) {
				lines.add(row.getRowNum() + 1);
				rows.add(new LedgerImport.Row(category, problem, measure, leader, department, person, deadline, progress,
						status));
			}
		}

		/**
		 * The row the writer gives a problem that has no measures yet: it names the problem but holds
		 * neither a measure nor a status, and so is no measure to import.
		 */
		private boolean isProblemWithoutMeasures(Row row) {
			return blank(row, LedgerColumn.MEASURE) && blank(row, LedgerColumn.STATUS) && !blank(row, LedgerColumn.PROBLEM);
		}

		private boolean blank(Row row, LedgerColumn column) {
			Cell cell = cell(row, column);
			return cell == null || formatter.formatCellValue(cell, evaluator).isBlank();
		}

		private String text(Row row, LedgerColumn column) {
			Cell cell = cell(row, column);
			String text = cell == null ? "" : formatter.formatCellValue(cell, evaluator).strip();
			if (text.isEmpty() && REQUIRED.contains(column)) {
				error(row, column, "不能为空");
			}
			return text;
		}

		private LocalDate deadline(Row row) {
			Cell cell = cell(row, LedgerColumn.DEADLINE);
			if (cell == null) {
				return null;
			}
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
			if (type == CellType.NUMERIC) {
				double serial = cell.getNumericCellValue();
				if (DateUtil.isValidExcelDate(serial)) {
					return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
				}
				error(row, LedgerColumn.DEADLINE, "不是有效的日期");
				return null;
			}
			String text = formatter.formatCellValue(cell, evaluator).strip();
			if (text.isEmpty() || NO_DEADLINE.contains(text)) {
				return null;
			}
			Optional<LocalDate> date = ChineseDates.parse(text);
			if (date.isEmpty()) {
				error(row, LedgerColumn.DEADLINE,
						"无法识别的日期“" + text + "”，请填写如2024年3月28日、2024-03-28或“长期坚持”");
			}
			return date.orElse(null);
		}

		private String status(Row row) {
			String status = text(row, LedgerColumn.STATUS);
			if (!status.isEmpty() && !LedgerWorkbook.STATUSES.contains(status)) {
				error(row, LedgerColumn.STATUS,
						"未知的整改状态“" + status + "”，应为" + String.join("、", LedgerWorkbook.STATUSES) + "之一");
			}
			return status;
		}

		/** The cell that holds the value of a row's column: the first cell of a merged range. */
		private Cell cell(Row row, LedgerColumn column) {
			int index = columns.get(column);
			long key = key(row.getRowNum(), index);
			return mergedOrigins.containsKey(key) ? mergedOrigins.get(key) : row.getCell(index);
		}

		private void error(Row row, LedgerColumn column, String reason) {
			errors.add(new RowError(row.getRowNum() + 1, column.header(), reason));
		}

		private static List<String> headers() {
			List<String> headers = new ArrayList<>();
			for (LedgerColumn column : LedgerColumn.values()) {
				headers.add(column.header());
			}
			return headers;
		}
	}
}
