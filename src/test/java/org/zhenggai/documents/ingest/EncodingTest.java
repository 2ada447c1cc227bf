package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.zhenggai.documents.DocumentReader;
import org.zhenggai.documents.IngestResult;

/** Text files in the encodings Chinese offices save them in read alike. */
class EncodingTest {

	final String text = ReferenceReports.text(ReferenceReports.BOSHAN);

	final IngestResult fromUtf8 = DocumentReader.read(text.getBytes(StandardCharsets.UTF_8), "report.txt");

	@Test
	void gb18030BytesReadLikeUtf8() {
		byte[] gb18030 = text.getBytes(Charset.forName("GB18030"));

		assertThat(DocumentReader.read(gb18030, "report.txt")).isEqualTo(fromUtf8);
	}

	@Test
	void aByteOrderMarkIsDropped() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] withBom = concat(bom, text.getBytes(StandardCharsets.UTF_8));

		IngestResult result = DocumentReader.read(withBom, "report.txt");

		assertThat(result).isEqualTo(fromUtf8);
		assertThat(result.title()).startsWith("中共博山区");
	}

	@Test
	void utf16WithByteOrderMarkReadsToo() {
		byte[] utf16 = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));

		assertThat(DocumentReader.read(utf16, "report.txt")).isEqualTo(fromUtf8);
	}

	@Test
	void windowsLineEndsReadLikeUnixOnes() {
		String suifenhe = ReferenceReports.text(ReferenceReports.SUIFENHE);

		IngestResult crlf = DocumentReader.readText(suifenhe.replace("\n", "\r\n"));

		assertThat(crlf).isEqualTo(DocumentReader.readText(suifenhe));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] all = new byte[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}
}
