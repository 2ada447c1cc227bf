package org.zhenggai.documents.write;

import static org.zhenggai.documents.write.OfficialLayout.BODY_FONT;
import static org.zhenggai.documents.write.OfficialLayout.BODY_SIZE;
import static org.zhenggai.documents.write.OfficialLayout.FIRST_LINE_INDENT_CHARS;
import static org.zhenggai.documents.write.OfficialLayout.HEADING_ONE_FONT;
import static org.zhenggai.documents.write.OfficialLayout.HEADING_TWO_FONT;
import static org.zhenggai.documents.write.OfficialLayout.LATIN_FONT;
import static org.zhenggai.documents.write.OfficialLayout.LINE_SPACING;
import static org.zhenggai.documents.write.OfficialLayout.PAGE_NUMBER_FONT;
import static org.zhenggai.documents.write.OfficialLayout.PAGE_NUMBER_SIZE;
import static org.zhenggai.documents.write.OfficialLayout.TITLE_FONT;
import static org.zhenggai.documents.write.OfficialLayout.TITLE_SIZE;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Lays blocks out as a .docx in the format of GB/T 9704-2012. */
public final class DocxRenderer {

	/** A body character is 16 pt; Word counts lengths in twentieths of a point. */
	private static final int CHAR_TWIPS = (int) (BODY_SIZE * 20);

	/** Font of a run: the Chinese face, the face for Latin letters and digits, the size. */
	private record RunFont(String eastAsian, String latin, double size, boolean bold) {
	}

	private static final RunFont TITLE = new RunFont(TITLE_FONT, TITLE_FONT, TITLE_SIZE, false);

	private static final RunFont BODY = new RunFont(BODY_FONT, LATIN_FONT, BODY_SIZE, false);

	private static final RunFont HEADING_ONE = new RunFont(HEADING_ONE_FONT, HEADING_ONE_FONT, BODY_SIZE, false);

	private static final RunFont HEADING_TWO = new RunFont(HEADING_TWO_FONT, HEADING_TWO_FONT, BODY_SIZE, false);

	private static final RunFont HEADING_THREE = new RunFont(BODY_FONT, LATIN_FONT, BODY_SIZE, true);

	private static final RunFont PAGE_NUMBER = new RunFont(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE, false);

	public void write(List<Block> blocks, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			setUpPage(document);
			setDefaultFonts(document);
			String date = OfficialLayout.signatureDate(blocks);
			for (Block block : blocks) {
				paragraph(document.createParagraph(), block, date);
			}
			addPageNumbers(document);
			document.write(out);
		}
	}

	private static void setUpPage(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(twips(OfficialLayout.PAGE_WIDTH_MM));
		size.setH(twips(OfficialLayout.PAGE_HEIGHT_MM));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(OfficialLayout.MARGIN_TOP_MM));
		margins.setBottom(twips(OfficialLayout.MARGIN_BOTTOM_MM));
		margins.setLeft(twips(OfficialLayout.MARGIN_LEFT_MM));
		margins.setRight(twips(OfficialLayout.MARGIN_RIGHT_MM));
		// no header is printed; 15 mm is the distance Word offers by default
		margins.setHeader(twips(15));
		// puts the page number line about 7 mm below the type area
		margins.setFooter(twips(OfficialLayout.MARGIN_BOTTOM_MM - OfficialLayout.PAGE_NUMBER_BELOW_TEXT_MM - 3));
		margins.setGutter(BigInteger.ZERO);
	}

	/** Word falls back to these for anything not set per run, e.g. an empty line. */
	private static void setDefaultFonts(XWPFDocument document) {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setEastAsia(BODY_FONT);
		fonts.setAscii(LATIN_FONT);
		fonts.setHAnsi(LATIN_FONT);
		document.createStyles().setDefaultFonts(fonts);
		document.getStyles().setEastAsia("zh-CN");
	}

	private static void paragraph(XWPFParagraph paragraph, Block block, String date) {
		paragraph.setSpacingBetween(LINE_SPACING, LineSpacingRule.EXACT);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		switch (block.kind()) {
			case TITLE -> centred(paragraph, block.text(), TITLE);
			case DOCUMENT_NUMBER -> centred(paragraph, block.text(), BODY);
			case BLANK -> run(paragraph, "", BODY);
			case HEADING_ONE -> heading(paragraph, block, HEADING_ONE);
			case HEADING_TWO -> heading(paragraph, block, HEADING_TWO);
			case HEADING_THREE -> heading(paragraph, block, HEADING_THREE);
			case BODY -> indented(paragraph, block, BODY);
			case ISSUER -> rightAligned(paragraph, block.text(), OfficialLayout.issuerRightIndent(block.text(), date));
			case DATE -> rightAligned(paragraph, block.text(), OfficialLayout.dateRightIndent());
		}
	}

	private static void centred(XWPFParagraph paragraph, String text, RunFont font) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		run(paragraph, text, font);
	}

	/** A heading never ends a page: it stays with the paragraph it heads. */
	private static void heading(XWPFParagraph paragraph, Block block, RunFont font) {
		paragraph.getCTPPr().addNewKeepNext();
		indented(paragraph, block, font);
	}

	/** Body and headings alike start two characters in (首行缩进2字符) and fill the line (两端对齐). */
	private static void indented(XWPFParagraph paragraph, Block block, RunFont font) {
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(FIRST_LINE_INDENT_CHARS * CHAR_TWIPS);
		paragraph.getCTPPr().getInd().setFirstLineChars(BigInteger.valueOf(FIRST_LINE_INDENT_CHARS * 100L));
		if (!block.lead().isEmpty()) {
			run(paragraph, block.lead(), HEADING_TWO);
		}
		run(paragraph, block.text(), font);
	}

	private static void rightAligned(XWPFParagraph paragraph, String text, float rightIndentPoints) {
		paragraph.setAlignment(ParagraphAlignment.RIGHT);
		paragraph.setIndentationRight(Math.round(rightIndentPoints * 20));
		run(paragraph, text, BODY);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, RunFont font) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font.eastAsian(), FontCharRange.eastAsia);
		run.setFontFamily(font.latin(), FontCharRange.ascii);
		run.setFontFamily(font.latin(), FontCharRange.hAnsi);
		run.setFontSize(font.size());
		if (font.bold()) {
			run.setBold(true);
		}
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			if (!lines[i].isEmpty()) {
				run.setText(lines[i]);
			}
		}
		return run;
	}

	/**
	 * 4号半角 page numbers with a dash on each side: odd pages on the right, even pages on the left,
	 * each one character in from the edge of the type area.
	 */
	private static void addPageNumbers(XWPFDocument document) {
		document.setEvenAndOddHeadings(true);
		pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(alignment);
		int oneChar = Math.round(PAGE_NUMBER_SIZE * 20);
		if (alignment == ParagraphAlignment.RIGHT) {
			paragraph.setIndentationRight(oneChar);
		}
		else {
			paragraph.setIndentationLeft(oneChar);
		}
		run(paragraph, "— ", PAGE_NUMBER);
		field(paragraph, STFldCharType.BEGIN);
		run(paragraph, "", PAGE_NUMBER).getCTR().addNewInstrText().setStringValue(" PAGE ");
		field(paragraph, STFldCharType.SEPARATE);
		run(paragraph, "1", PAGE_NUMBER);
		field(paragraph, STFldCharType.END);
		run(paragraph, " —", PAGE_NUMBER);
	}

	private static void field(XWPFParagraph paragraph, STFldCharType.Enum type) {
		run(paragraph, "", PAGE_NUMBER).getCTR().addNewFldChar().setFldCharType(type);
	}

	private static BigInteger twips(double millimetres) {
		return BigInteger.valueOf(Math.round(OfficialLayout.points(millimetres) * 20));
	}
}
