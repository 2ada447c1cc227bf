package org.zhenggai.documents.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.zhenggai.documents.DocumentReader.UnreadableDocumentException;

/**
 * Turns the bytes of an uploaded file into text, deciding by content: a .docx is a ZIP holding
 * word/document.xml; anything else must be text, UTF-8 (with or without BOM), UTF-16 with a BOM, or
 * GB18030 when the bytes are not UTF-8. Files that are none of these are refused with a message that
 * says what they are.
 */
public final class DocumentDecoder {

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** Share of control characters above which decoded "text" is taken for binary data. */
	private static final double MAX_CONTROL_SHARE = 0.01;

	private static final int CONTROL_SAMPLE = 1 << 16;

	private DocumentDecoder() {
	}

	/** The text of the file; refuses empty, damaged and binary files. */
	public static String decode(byte[] content, String fileName) {
		String name = fileName == null || fileName.isBlank() ? "文件" : "文件“" + fileName.strip() + "”";
		if (content == null || content.length == 0) {
			throw new UnreadableDocumentException(name + "为空");
		}
		if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 'P', 'K', 5, 6)) {
			return DocxText.read(content, name);
		}
		if (startsWith(content, '%', 'P', 'D', 'F')) {
			throw new UnreadableDocumentException(name + "是 PDF 文档，不是纯文本或 .docx 文档；请上传 .docx 或纯文本");
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new UnreadableDocumentException(name + "是旧版 Office 文档（如 .doc），不是纯文本或 .docx 文档；请另存为 .docx 后上传");
		}
		if (startsWith(content, '#', '!') || startsWith(content, 'M', 'Z') || startsWith(content, 0x7F, 'E', 'L', 'F')) {
			throw new UnreadableDocumentException(name + "是可执行程序或脚本，不是纯文本或 .docx 文档");
		}
		String text = text(content);
		if (text == null || looksBinary(text)) {
			throw new UnreadableDocumentException(name + "不是纯文本或 .docx 文档");
		}
		if (text.isBlank()) {
			throw new UnreadableDocumentException(name + "为空，没有可读取的文字");
		}
		return text;
	}

	/** The decoded text, or null when the bytes are no text in a supported encoding. */
	private static String text(byte[] content) {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return strict(content, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(content, 0xFF, 0xFE)) {
			return strict(content, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(content, 0xFE, 0xFF)) {
			return strict(content, 2, StandardCharsets.UTF_16BE);
		}
		if (startsWith(content, 0x84, 0x31, 0x95, 0x33)) {
			return strict(content, 4, GB18030);
		}
		for (byte b : content) {
			if (b == 0) {
				return null; // text in these encodings never holds a NUL byte
			}
		}
		String utf8 = strict(content, 0, StandardCharsets.UTF_8);
		return utf8 != null ? utf8 : strict(content, 0, GB18030);
	}

	private static String strict(byte[] content, int offset, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	/** Binary data decodes to many control characters; text has next to none besides line ends. */
	private static boolean looksBinary(String text) {
		int sample = Math.min(text.length(), CONTROL_SAMPLE);
		int controls = 0;
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if ((c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD'
					|| (c >= '\uE000' && c <= '\uF8FF')) {
				controls++;
			}
		}
		return controls > sample * MAX_CONTROL_SHARE;
	}

	static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
