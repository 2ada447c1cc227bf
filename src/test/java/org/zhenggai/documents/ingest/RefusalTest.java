package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.zhenggai.documents.DocumentReader;
import org.zhenggai.documents.DocumentReader.UnreadableDocumentException;

/** Files that are not text or .docx, or are empty or damaged, are refused with a message in Chinese. */
class RefusalTest {

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> DocumentReader.read(new byte[0], "空.txt"))
			.isInstanceOf(UnreadableDocumentException.class)
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("文件“空.txt”为空");
	}

	@Test
	void refusesAFileOfBlanksOnly() {
		assertThatThrownBy(() -> DocumentReader.read(" \n\t\n".getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("为空");
		assertThatThrownBy(() -> DocumentReader.readText("   ")).isInstanceOf(UnreadableDocumentException.class);
	}

	@Test
	void refusesBinaryData() {
		byte[] binary = new byte[4096];
		new Random(7).nextBytes(binary);

		assertThatThrownBy(() -> DocumentReader.read(binary, "data.bin"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("文件“data.bin”不是纯文本或 .docx 文档");
	}

	@Test
	void refusesAnExecutable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';

		assertThatThrownBy(() -> DocumentReader.read(exe, "setup.exe"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("不是纯文本或 .docx 文档");
	}

	@Test
	void refusesAPdfSayingWhatItIs() {
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> DocumentReader.read(pdf, "通报.docx"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("是 PDF 文档")
			.hasMessageContaining("不是纯文本或 .docx 文档");
	}

	@Test
	void refusesAnOldWordDocument() {
		byte[] doc = new byte[1024];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, doc, 0, magic.length);

		assertThatThrownBy(() -> DocumentReader.read(doc, "通报.doc"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining(".doc");
	}

	@Test
	void refusesAZipThatIsNoDocx() throws IOException {
		byte[] zip = zip("readme.txt", "not a document");

		assertThatThrownBy(() -> DocumentReader.read(zip, "通报.docx"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("文件“通报.docx”是 ZIP 压缩包，不是 .docx 文档");
	}

	@Test
	void refusesATruncatedDocx() {
		byte[] docx = TestDocx.of(List.of("中共某局党组关于巡察整改情况的通报", "一、整改情况", "1.关于学习不深入问题"));

		for (int length : new int[] { docx.length / 2, docx.length - 30, 40 }) {
			byte[] truncated = Arrays.copyOf(docx, length);
			assertThatThrownBy(() -> DocumentReader.read(truncated, "通报.docx"))
				.isInstanceOf(UnreadableDocumentException.class)
				.hasMessageContaining("已损坏");
		}
	}

	@Test
	void refusesADocxWhoseDocumentPartIsGarbage() throws IOException {
		byte[] zip = zip("word/document.xml", "<w:document><w:body><w:p>");

		assertThatThrownBy(() -> DocumentReader.read(zip, "通报.docx"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("docx 文件无法读取");
	}

	@Test
	void refusesTextInAnotherEncodingThatIsNotGb18030() {
		byte[] latin = new byte[] { (byte) 0x80, (byte) 0xFF, (byte) 0x80, (byte) 0xFF, 'a', 'b' };

		assertThatThrownBy(() -> DocumentReader.read(latin, "x.txt")).isInstanceOf(UnreadableDocumentException.class);
	}

	private static byte[] zip(String entry, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
