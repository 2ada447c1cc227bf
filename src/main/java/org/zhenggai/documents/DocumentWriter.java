package org.zhenggai.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.zhenggai.documents.write.CjkFonts;
import org.zhenggai.documents.write.DocxRenderer;
import org.zhenggai.documents.write.PdfRenderer;
import org.zhenggai.documents.write.PlanText;
import org.zhenggai.documents.write.PublicReportText;

/**
 * Writes the rectification plan (整改方案) and the public report (整改情况通报) of a round in the layout
 * of GB/T 9704-2012: as .docx for the office to edit and as PDF for publication. Each method writes
 * to the given stream as it goes and leaves the stream open.
 */
public class DocumentWriter {

	private final DocxRenderer docx = new DocxRenderer();

	private final PdfRenderer pdf;

	/** Finds Chinese fonts for PDF output in the usual places (Debian: fonts-noto-cjk). */
	public DocumentWriter() {
		this(null);
	}

	/**
	 * @param pdfFontFile a .ttf, .otf or .ttc with Chinese glyphs, used for all PDF text; {@code null}
	 *     to look fonts up in the usual places
	 */
	public DocumentWriter(Path pdfFontFile) {
		this.pdf = new PdfRenderer(new CjkFonts(pdfFontFile));
	}

	/** The plan, e.g. 关于落实区委第三巡察组反馈意见的整改方案, as .docx. */
	public void writePlan(ReportModel model, OutputStream out) throws IOException {
		docx.write(PlanText.of(model), out);
	}

	/** The public report as .docx. */
	public void writePublicReport(ReportModel model, OutputStream out) throws IOException {
		docx.write(PublicReportText.of(model), out);
	}

	/**
	 * The public report as PDF, with the same words as the .docx.
	 *
	 * @throws IllegalStateException when no Chinese font can be found
	 */
	public void writePublicReportPdf(ReportModel model, OutputStream out) throws IOException {
		pdf.write(PublicReportText.of(model), out);
	}

	/** A public report's text, as edited and stored, as .docx. */
	public void writeDocx(ReportText text, OutputStream out) throws IOException {
		docx.write(text.blocks(), out);
	}

	/**
	 * A public report's text, as edited and stored, as PDF.
	 *
	 * @throws IllegalStateException when no Chinese font can be found
	 */
	public void writePdf(ReportText text, OutputStream out) throws IOException {
		pdf.write(text.blocks(), out);
	}
}
