package org.zhenggai.documents.write;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The few cell styles of the ledger. A workbook holds at most 64,000 styles, so they are made once
 * per workbook and shared by all cells, never made per cell.
 */
final class LedgerStyles {

	/** How a column's cells are set. */
	enum Shape {
		/** long text, read from the left */
		TEXT,
		/** short text, centred */
		CENTRED,
		/** a date, centred */
		DATE
	}

	static final String TITLE_FONT = "方正小标宋简体";

	static final String HEADER_FONT = "黑体";

	static final String BODY_FONT = "宋体";

	static final short BODY_FONT_SIZE = 11;

	private final Workbook workbook;

	private final CellStyle title;

	private final CellStyle header;

	private final Map<Shape, Map<LedgerFill, CellStyle>> cells = new EnumMap<>(Shape.class);

	LedgerStyles(Workbook workbook) {
		this.workbook = workbook;
		this.title = titleStyle();
		this.header = headerStyle();
		Font body = font(BODY_FONT, BODY_FONT_SIZE);
		for (Shape shape : Shape.values()) {
			Map<LedgerFill, CellStyle> byFill = new EnumMap<>(LedgerFill.class);
			for (LedgerFill fill : LedgerFill.values()) {
				byFill.put(fill, cellStyle(shape, fill, body));
			}
			cells.put(shape, byFill);
		}
	}

	CellStyle title() {
		return title;
	}

	CellStyle header() {
		return header;
	}

	CellStyle cell(Shape shape, LedgerFill fill) {
		return cells.get(shape).get(fill);
	}

	private CellStyle titleStyle() {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font(TITLE_FONT, (short) 18));
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		return style;
	}

	private CellStyle headerStyle() {
		CellStyle style = bordered();
		style.setFont(font(HEADER_FONT, (short) 12));
		style.setAlignment(HorizontalAlignment.CENTER);
		return style;
	}

	private CellStyle cellStyle(Shape shape, LedgerFill fill, Font font) {
		CellStyle style = bordered();
		style.setFont(font);
		style.setAlignment(shape == Shape.TEXT ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
		if (shape == Shape.DATE) {
			style.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
		}
		if (fill.rgb() != null) {
			((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb(fill.rgb()), null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private CellStyle bordered() {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		return style;
	}

	private Font font(String name, short points) {
		Font font = workbook.createFont();
		font.setFontName(name);
		font.setFontHeightInPoints(points);
		return font;
	}

	private static byte[] rgb(String hex) {
		int value = Integer.parseInt(hex, 16);
		return new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value };
	}
}
