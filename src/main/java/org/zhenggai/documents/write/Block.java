package org.zhenggai.documents.write;

/**
 * One paragraph of an official document, before it is laid out. The plan and the public report are
 * first written as a list of blocks, then rendered to .docx and to PDF, so both formats always carry
 * the same words.
 *
 * @param lead a run-in heading set in the level-two heading font before the text, e.g. （一）提高政治站位。;
 *     empty for most paragraphs
 */
public record Block(Kind kind, String lead, String text) {

	/** The paragraph kinds GB/T 9704 distinguishes, each with its own font and alignment. */
	public enum Kind {
		/** 发文字号, centred above the title. */
		DOCUMENT_NUMBER,
		/** 标题, 2号小标宋, centred. */
		TITLE,
		/** an empty line of body height. */
		BLANK,
		/** 一级标题 一、, 3号黑体. */
		HEADING_ONE,
		/** 二级标题 （一）, 3号楷体. */
		HEADING_TWO,
		/** 三级标题 1., 3号仿宋 bold. */
		HEADING_THREE,
		/** 正文, 3号仿宋, first line indented two characters. */
		BODY,
		/** 发文机关署名, centred over the date. */
		ISSUER,
		/** 成文日期, right-aligned four characters in. */
		DATE
	}

	public static Block of(Kind kind, String text) {
		return new Block(kind, "", text);
	}

	/** A body paragraph that opens with its own heading, as plans write their requirements. */
	public static Block runIn(String lead, String text) {
		return new Block(Kind.BODY, lead, text);
	}

	public static Block blank() {
		return new Block(Kind.BLANK, "", "");
	}

	public boolean isHeading() {
		return kind == Kind.HEADING_ONE || kind == Kind.HEADING_TWO || kind == Kind.HEADING_THREE;
	}

	/** The words as a reader sees them. */
	public String fullText() {
		return lead + text;
	}
}
