package org.zhenggai.documents.write;

import static org.zhenggai.documents.write.OfficialLayout.BODY_SIZE;
import static org.zhenggai.documents.write.OfficialLayout.FIRST_LINE_INDENT_CHARS;
import static org.zhenggai.documents.write.OfficialLayout.LINE_SPACING;
import static org.zhenggai.documents.write.OfficialLayout.PAGE_NUMBER_SIZE;
import static org.zhenggai.documents.write.OfficialLayout.TITLE_SIZE;
import static org.zhenggai.documents.write.OfficialLayout.points;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays blocks out as an A4 PDF with the page, type sizes and line spacing of GB/T 9704-2012, with the
 * Chinese fonts embedded as subsets so the text shows and can be searched anywhere.
 */
public final class PdfRenderer {

	/** Stateless, so one serves every chunk. */
	private static final ChineseLineBreaks LINE_BREAKS = new ChineseLineBreaks();

	private final CjkFonts fonts;

	public PdfRenderer(CjkFonts fonts) {
		this.fonts = fonts;
	}

	public void write(List<Block> blocks, OutputStream out) throws IOException {
		Styles styles = new Styles(fonts.load());
		Document document = new Document(PageSize.A4, (float) points(OfficialLayout.MARGIN_LEFT_MM),
				(float) points(OfficialLayout.MARGIN_RIGHT_MM), (float) points(OfficialLayout.MARGIN_TOP_MM),
				(float) points(OfficialLayout.MARGIN_BOTTOM_MM));
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setCloseStream(false);
		// Chinese has no spaces: justify by spreading the characters instead
		writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
		writer.setPageEvent(new PageNumbers(styles.pageNumber));
		blocks.stream().filter(block -> block.kind() == Block.Kind.TITLE).findFirst()
			.ifPresent(title -> document.addTitle(title.text().replace("\n", "")));
		document.addCreator("Zhenggai");
		document.setDocumentLanguage("zh-CN");
		document.open();
		String date = OfficialLayout.signatureDate(blocks);
		for (int i = 0; i < blocks.size(); i++) {
			if (startsHeadings(blocks, i) && spaceLeft(writer, document) < roomForHeadings(blocks, i)) {
				document.newPage();
			}
			document.add(paragraph(blocks.get(i), styles, date));
		}
		document.close();
		out.flush();
	}

	private static boolean startsHeadings(List<Block> blocks, int index) {
		return blocks.get(index).isHeading() && (index == 0 || !blocks.get(index - 1).isHeading());
	}

	/**
	 * OpenPDF has no keep-with-next: headings in a row (一、 then （一） then 1.) go to the next page
	 * together unless they and two lines of their text fit below.
	 */
	private static float roomForHeadings(List<Block> blocks, int first) {
		int headings = 0;
		while (first + headings < blocks.size() && blocks.get(first + headings).isHeading()) {
			headings++;
		}
		return (headings + 2) * LINE_SPACING;
	}

	private static float spaceLeft(PdfWriter writer, Document document) {
		return writer.getVerticalPosition(false) - document.bottom();
	}

	private static Paragraph paragraph(Block block, Styles styles, String date) {
		Paragraph paragraph = new Paragraph();
		paragraph.setLeading(LINE_SPACING);
		switch (block.kind()) {
			case TITLE -> centred(paragraph, block.text(), styles.title);
			case DOCUMENT_NUMBER -> centred(paragraph, block.text(), styles.body);
			case BLANK -> paragraph.add(new Chunk("\n", styles.body));
			case HEADING_ONE -> indented(paragraph, block, styles.headingOne, styles);
			case HEADING_TWO -> indented(paragraph, block, styles.headingTwo, styles);
			case HEADING_THREE -> indented(paragraph, block, styles.headingThree, styles);
			case BODY -> indented(paragraph, block, styles.body, styles);
			case ISSUER -> rightAligned(paragraph, block.text(), OfficialLayout.issuerRightIndent(block.text(), date),
					styles.body);
			case DATE -> rightAligned(paragraph, block.text(), OfficialLayout.dateRightIndent(), styles.body);
		}
		return paragraph;
	}

	private static void centred(Paragraph paragraph, String text, Font font) {
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.add(chunk(text, font));
	}

	private static void indented(Paragraph paragraph, Block block, Font font, Styles styles) {
		paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
		paragraph.setFirstLineIndent(FIRST_LINE_INDENT_CHARS * BODY_SIZE);
		if (!block.lead().isEmpty()) {
			paragraph.add(chunk(block.lead(), styles.headingTwo));
		}
		Chunk text = chunk(block.text(), font);
		if (block.kind() == Block.Kind.HEADING_THREE) {
			// 仿宋 has no bold face; Word thickens the strokes, and so do we
			text.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, 0.4f, null);
		}
		paragraph.add(text);
	}

	private static void rightAligned(Paragraph paragraph, String text, float rightIndent, Font font) {
		paragraph.setAlignment(Element.ALIGN_RIGHT);
		paragraph.setIndentationRight(rightIndent);
		paragraph.add(chunk(text, font));
	}

	private static Chunk chunk(String text, Font font) {
		Chunk chunk = new Chunk(text, font);
		chunk.setSplitCharacter(LINE_BREAKS);
		return chunk;
	}

	/** The fonts of each kind of paragraph, made from the faces of one document. */
	private static final class Styles {

		final Font title;

		final Font body;

		final Font headingOne;

		final Font headingTwo;

		final Font headingThree;

		final Font pageNumber;

		Styles(CjkFonts.Faces faces) {
			title = new Font(faces.bold(), TITLE_SIZE);
			body = new Font(faces.regular(), BODY_SIZE);
			headingOne = new Font(faces.sans(), BODY_SIZE);
			headingTwo = new Font(faces.bold(), BODY_SIZE);
			headingThree = new Font(faces.regular(), BODY_SIZE);
			pageNumber = new Font(faces.regular(), PAGE_NUMBER_SIZE);
		}
	}

	/** — 1 — under the type area: odd pages on the right, even pages on the left, one character in. */
	private static final class PageNumbers extends PdfPageEventHelper {

		private final Font font;

		PageNumbers(Font font) {
			this.font = font;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			int page = writer.getPageNumber();
			Phrase number = new Phrase("— " + page + " —", font);
			// the dash sits at mid-height of the line, 7 mm below the type area
			float baseline = (float) (points(OfficialLayout.MARGIN_BOTTOM_MM - OfficialLayout.PAGE_NUMBER_BELOW_TEXT_MM)
					- PAGE_NUMBER_SIZE * 0.6);
			boolean odd = page % 2 == 1;
			float x = odd ? document.right() - PAGE_NUMBER_SIZE : document.left() + PAGE_NUMBER_SIZE;
			ColumnText.showTextAligned(writer.getDirectContent(), odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
					number, x, baseline, 0);
		}
	}
}
