package org.zhenggai.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Any table of the pages as a plain workbook: a title, a header row that stays in view and
 * repeats on every printed page, and wrapped text, for lists that are not a round's ledger.
 */
public class TableWorkbook {

	/** A column's header and its width in characters (a Chinese character counts two). */
	public record Column(String header, int width) {
	}

	public void write(String title, List<Column> columns, List<List<String>> rows, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			var sheet = workbook.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
			var titleStyle = workbook.createCellStyle();
			var titleFont = workbook.createFont();
			titleFont.setBold(true);
			titleFont.setFontHeightInPoints((short) 14);
			titleStyle.setFont(titleFont);
			var headerStyle = bordered(workbook.createCellStyle());
			var headerFont = workbook.createFont();
			headerFont.setBold(true);
			headerStyle.setFont(headerFont);
			headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			var bodyStyle = bordered(workbook.createCellStyle());
			bodyStyle.setWrapText(true);
			bodyStyle.setVerticalAlignment(VerticalAlignment.TOP);

			sheet.createRow(0).createCell(0).setCellValue(title);
			sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
			var header = sheet.createRow(1);
			for (int c = 0; c < columns.size(); c++) {
				var cell = header.createCell(c);
				cell.setCellValue(columns.get(c).header());
				cell.setCellStyle(headerStyle);
				sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r + 2);
				var values = rows.get(r);
				for (int c = 0; c < columns.size(); c++) {
					var cell = row.createCell(c);
					cell.setCellValue(c < values.size() && values.get(c) != null ? values.get(c) : "");
					cell.setCellStyle(bodyStyle);
				}
			}
			sheet.createFreezePane(0, 2);
			sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			workbook.write(out);
		}
	}

	private static CellStyle bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}
}
