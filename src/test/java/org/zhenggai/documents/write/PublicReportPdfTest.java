package org.zhenggai.documents.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.zhenggai.documents.DocumentWriter;

/** Needs a Chinese font installed; on Debian, the package fonts-noto-cjk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReportPdfTest {

	private byte[] pdf;

	private String text;

	@BeforeAll
	void writeTheSampleReport() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocumentWriter().writePublicReportPdf(SampleReports.model(), out);
		pdf = out.toByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
	}

	@Test
	void showsTheChineseTextAsText() {
		assertThat(text).contains("中共明湖区教育局党组", "关于巡察整改情况的通报", "（一）学习贯彻党的创新理论不够深入方面",
				"（三）基层党组织建设有短板方面", "1.落实“第一议题”制度不到位问题", "整改进展：已完成整改。", "2024年9月10日");
	}

	@Test
	void carriesTheSameWordsAsTheDocx() {
		String flowing = text.replaceAll("\\s", "");
		for (Block block : PublicReportText.of(SampleReports.model())) {
			assertThat(flowing).contains(block.fullText().replaceAll("\\s", ""));
		}
	}

	@Test
	void embedsEveryFontItUses() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = fonts(document);
			assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
			assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("CJK"));
		}
	}

	@Test
	void isA4WithPageNumbers() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			PDRectangle size = document.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("中共明湖区教育局党组关于巡察整改情况的通报");
		}
		assertThat(text).contains("— 1 —", "— 2 —");
	}

	@Test
	void aConfiguredFontFileThatIsMissingGivesAClearError() {
		DocumentWriter writer = new DocumentWriter(Path.of("/nonexistent/simfang.ttf"));

		assertThatIllegalStateException()
			.isThrownBy(() -> writer.writePublicReportPdf(SampleReports.model(), new ByteArrayOutputStream()))
			.withMessageContaining("/nonexistent/simfang.ttf");
	}

	@Test
	void aConfiguredFontFileIsUsedForAllText() throws IOException {
		Path notoSans = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new DocumentWriter(notoSans).writePublicReportPdf(SampleReports.model(), out);

		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			assertThat(fonts(document)).extracting(PDFont::getName)
				.allSatisfy(name -> assertThat(name).contains("NotoSansCJKsc-Regular"));
		}
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}
}
