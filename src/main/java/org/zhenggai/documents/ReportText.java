package org.zhenggai.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.zhenggai.documents.write.Block;
import org.zhenggai.documents.write.Block.Kind;
import org.zhenggai.documents.write.ChineseDates;
import org.zhenggai.documents.write.PublicReportText;

/**
 * The words of a public report as plain text that an office can edit and store, one paragraph a
 * line, and the same words as the paragraphs the .docx, the PDF and a web page are made from. The
 * text reads exactly as the report: what a line is (title, heading, body, signature, date) follows
 * from how it reads, the way an official document is read, so no mark-up has to be learnt.
 */
public final class ReportText {

	/** 一、整改工作基本情况: a level-one heading is short and says no sentence. */
	private static final Pattern HEADING_ONE = Pattern.compile("^[一二三四五六七八九十]+、[^。；]{1,60}$");

	/** （一）加强组织领导. */
	private static final Pattern HEADING_TWO = Pattern.compile("^（[一二三四五六七八九十]+）[^。；]{1,80}$");

	/** 1.议事规则不完善问题. */
	private static final Pattern HEADING_THREE = Pattern.compile("^\\d{1,3}\\.[^。；]{1,120}$");

	private static final Pattern DATE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

	private final List<Block> blocks;

	private ReportText(List<Block> blocks) {
		this.blocks = List.copyOf(blocks);
	}

	/** The public report as written from the ledger. */
	static ReportText of(ReportModel model) {
		return new ReportText(PublicReportText.of(model));
	}

	/**
	 * Reads text back into paragraphs: the short lines before the first empty line are the title, the
	 * last line in the form 2024年6月30日 is the date with the signature above it, short numbered
	 * lines are headings (一、 （一） 1.) and every other line is a paragraph of the body.
	 */
	public static ReportText parse(String text) {
		List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').strip().lines().map(String::strip).toList();
		List<Block> blocks = new ArrayList<>();
		int i = 0;
		List<String> title = new ArrayList<>();
		// A title is a few short lines; a paragraph typed right under it without an empty line stays a paragraph.
		while (i < lines.size() && !lines.get(i).isEmpty() && title.size() < 3 && lines.get(i).length() <= 40) {
			title.add(lines.get(i++));
		}
		if (!title.isEmpty()) {
			blocks.add(Block.of(Kind.TITLE, String.join("\n", title)));
		}
		int dateLine = lines.size() - 1;
		boolean dated = dateLine > i && DATE.matcher(lines.get(dateLine)).matches();
		int end = dated ? dateLine - 1 : lines.size();
		for (; i < end; i++) {
			blocks.add(Block.of(kindOf(lines.get(i)), lines.get(i)));
		}
		if (dated) {
			if (end >= 0 && end < lines.size() && !lines.get(end).isEmpty()) {
				blocks.add(Block.of(Kind.ISSUER, lines.get(end)));
			}
			blocks.add(Block.of(Kind.DATE, lines.get(dateLine)));
		}
		return new ReportText(blocks);
	}

	private static Kind kindOf(String line) {
		if (line.isEmpty()) {
			return Kind.BLANK;
		}
		if (HEADING_ONE.matcher(line).matches()) {
			return Kind.HEADING_ONE;
		}
		if (HEADING_TWO.matcher(line).matches()) {
			return Kind.HEADING_TWO;
		}
		if (HEADING_THREE.matcher(line).matches()) {
			return Kind.HEADING_THREE;
		}
		return Kind.BODY;
	}

	/** The report as editable text, one paragraph a line; {@link #parse} reads it back as it was. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (Block block : blocks) {
			text.append(block.fullText()).append('\n');
		}
		return text.toString().strip() + "\n";
	}

	/** The title in one line, e.g. 中共某区教育局党组关于巡察整改情况的通报. */
	public String title() {
		return blocks.stream().filter(b -> b.kind() == Kind.TITLE).findFirst()
			.map(b -> b.text().replace("\n", "")).orElse("");
	}

	/** The same words dated as published: the date under the signature becomes the given day. */
	public ReportText datedOn(LocalDate date) {
		return new ReportText(blocks.stream()
			.map(b -> b.kind() == Kind.DATE ? Block.of(Kind.DATE, ChineseDates.format(date)) : b).toList());
	}

	/** The paragraphs, each with a style name for a web page: title, heading-one, body, issuer, date… */
	public List<Paragraph> paragraphs() {
		return blocks.stream().map(b -> new Paragraph(b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
				b.fullText())).toList();
	}

	List<Block> blocks() {
		return blocks;
	}

	/** One paragraph as a web page shows it. */
	public record Paragraph(String style, String text) {
	}
}
