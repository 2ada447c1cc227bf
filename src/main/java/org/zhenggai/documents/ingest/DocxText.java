package org.zhenggai.documents.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.zhenggai.documents.DocumentReader.UnreadableDocumentException;

/**
 * The text of a .docx: its paragraphs in order, one per line, table cells paragraph by paragraph.
 * Numbers that Word generates for numbered paragraphs are written out (一、, （一）, 1., ①), since the
 * structure of a report lies in them.
 */
final class DocxText {

	private static final String DOCUMENT_PART = "word/document.xml";

	private DocxText() {
	}

	/** Reads a ZIP file that should be a .docx; refuses other ZIP files and damaged ones. */
	static String read(byte[] content, String name) {
		if (!containsAscii(content, DOCUMENT_PART)) {
			if (!hasEndOfCentralDirectory(content)) {
				throw new UnreadableDocumentException(name + "已损坏：ZIP 压缩包不完整，无法读取");
			}
			throw new UnreadableDocumentException(name + "是 ZIP 压缩包，不是 .docx 文档");
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			StringBuilder text = new StringBuilder();
			appendBody(document.getBodyElements(), new AutoNumbers(), text);
			if (text.toString().isBlank()) {
				throw new UnreadableDocumentException(name + "为空，没有可读取的文字");
			}
			return text.toString();
		}
		catch (UnreadableDocumentException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			// POI reports a damaged package in many ways: IOException, POIXMLException, OpenXML4JRuntimeException…
			throw new UnreadableDocumentException(name + "已损坏：docx 文件无法读取", e);
		}
	}

	private static void appendBody(List<IBodyElement> elements, AutoNumbers numbers, StringBuilder text) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				text.append(numbers.label(paragraph)).append(paragraph.getText()).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						appendBody(cell.getBodyElements(), numbers, text);
					}
				}
			}
			else if (element instanceof XWPFSDT control) {
				text.append(control.getContent().getText()).append('\n');
			}
		}
	}

	private static boolean containsAscii(byte[] content, String needle) {
		byte[] bytes = needle.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i + bytes.length <= content.length; i++) {
			for (int j = 0; j < bytes.length; j++) {
				if (content[i + j] != bytes[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/** A complete ZIP ends with an end-of-central-directory record within its last 64 KiB. */
	private static boolean hasEndOfCentralDirectory(byte[] content) {
		int from = Math.max(0, content.length - (1 << 16) - 22);
		for (int i = content.length - 22; i >= from; i--) {
			if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
				return true;
			}
		}
		return false;
	}

	/** Counts Word's numbered paragraphs per list and level and writes their numbers out. */
	private static final class AutoNumbers {

		private final Map<BigInteger, int[]> counters = new HashMap<>();

		String label(XWPFParagraph paragraph) {
			try {
				BigInteger list = paragraph.getNumID();
				if (list == null) {
					return "";
				}
				int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
				int[] count = counters.computeIfAbsent(list, key -> new int[9]);
				count[level]++;
				for (int deeper = level + 1; deeper < count.length; deeper++) {
					count[deeper] = 0;
				}
				String pattern = paragraph.getNumLevelText();
				String format = paragraph.getNumFmt();
				if (pattern == null || format == null || format.equals("bullet") || format.equals("none")) {
					return "";
				}
				return pattern.replace("%" + (level + 1), format(count[level], format)).replaceAll("%\\d", "");
			}
			catch (RuntimeException e) {
				return ""; // a broken numbering definition costs the number, not the text
			}
		}

		private static String format(int n, String format) {
			return switch (format) {
				case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
						"taiwaneseCounting", "japaneseCounting" -> Markers.toChinese(n);
				case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20
						? String.valueOf((char) ('\u2460' + n - 1)) : String.valueOf(n);
				case "decimalEnclosedParen" -> "(" + n + ")";
				case "decimalFullWidth", "decimalFullWidth2" -> toFullWidth(n);
				default -> String.valueOf(n);
			};
		}

		private static String toFullWidth(int n) {
			StringBuilder wide = new StringBuilder();
			for (char c : String.valueOf(n).toCharArray()) {
				wide.append((char) (c - '0' + '０'));
			}
			return wide.toString();
		}
	}
}
