package org.zhenggai.documents;

import org.zhenggai.documents.ingest.DocumentDecoder;
import org.zhenggai.documents.ingest.ReportParser;

/**
 * Reads a feedback opinion (反馈意见) or a rectification report (整改情况通报) into an {@link IngestResult}.
 *
 * <p>Accepts plain text (UTF-8, or GB18030 when the bytes are not UTF-8; a BOM is dropped) and .docx.
 * The kind of file is decided by its content, never by its name. The caller enforces a maximum size.
 */
public final class DocumentReader {

	private DocumentReader() {
	}

	/**
	 * Reads an uploaded file.
	 *
	 * @param fileName the name the user gave the file, only used in messages; may be {@code null}
	 * @throws UnreadableDocumentException when the file is empty, damaged, or neither text nor .docx
	 */
	public static IngestResult read(byte[] content, String fileName) {
		return readText(DocumentDecoder.decode(content, fileName));
	}

	/**
	 * Reads text that is already decoded.
	 *
	 * @throws UnreadableDocumentException when the text is empty or only whitespace
	 */
	public static IngestResult readText(String text) {
		if (text == null || text.isBlank()) {
			throw new UnreadableDocumentException("文件为空，没有可读取的文字");
		}
		return ReportParser.parse(text);
	}

	/** The refusal of a file that cannot be read; the message says in Chinese what is wrong. */
	public static final class UnreadableDocumentException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		public UnreadableDocumentException(String message) {
			super(message);
		}

		public UnreadableDocumentException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
