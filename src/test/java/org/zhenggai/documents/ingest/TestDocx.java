package org.zhenggai.documents.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds small .docx files for tests. */
final class TestDocx {

	private final XWPFDocument document = new XWPFDocument();

	private BigInteger numbering;

	static byte[] of(List<String> paragraphs) {
		TestDocx docx = new TestDocx();
		paragraphs.forEach(docx::paragraph);
		return docx.bytes();
	}

	TestDocx paragraph(String text) {
		document.createParagraph().createRun().setText(text);
		return this;
	}

	/** A table whose rows hold the given cells, one paragraph per cell. */
	TestDocx table(List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				row.getCell(c).getParagraphs().get(0).createRun().setText(rows.get(r).get(c));
			}
		}
		return this;
	}

	/** A paragraph numbered by Word at a level: 0 writes 一、, 1 writes 1., 2 writes ①. */
	TestDocx numbered(int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(numbering());
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
		return this;
	}

	private BigInteger numbering() {
		if (numbering == null) {
			CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.ZERO);
			level(definition, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
			level(definition, 1, STNumberFormat.DECIMAL, "%2.");
			level(definition, 2, STNumberFormat.DECIMAL_ENCLOSED_CIRCLE, "%3");
			XWPFNumbering numberings = document.createNumbering();
			BigInteger abstractId = numberings.addAbstractNum(new XWPFAbstractNum(definition));
			numbering = numberings.addNum(abstractId);
		}
		return numbering;
	}

	private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
		CTLvl lvl = definition.addNewLvl();
		lvl.setIlvl(BigInteger.valueOf(level));
		lvl.addNewStart().setVal(BigInteger.ONE);
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
	}

	byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			document.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
