package org.zhenggai.documents.write;

/**
 * The page and type of GB/T 9704-2012 (党政机关公文格式), shared by the .docx and PDF renderers so
 * both look alike. Lengths are in points unless the name says otherwise.
 */
public final class OfficialLayout {

	public static final double PAGE_WIDTH_MM = 210;

	public static final double PAGE_HEIGHT_MM = 297;

	public static final double MARGIN_TOP_MM = 37;

	public static final double MARGIN_BOTTOM_MM = 35;

	public static final double MARGIN_LEFT_MM = 28;

	public static final double MARGIN_RIGHT_MM = 26;

	/** 一字线 of the page number sits 7 mm below the type area. */
	public static final double PAGE_NUMBER_BELOW_TEXT_MM = 7;

	/** 2号 */
	public static final float TITLE_SIZE = 22;

	/** 3号 */
	public static final float BODY_SIZE = 16;

	/** 4号 */
	public static final float PAGE_NUMBER_SIZE = 14;

	/** Fixed line spacing; 22 lines of 28 characters fill the type area. */
	public static final float LINE_SPACING = 28;

	public static final int FIRST_LINE_INDENT_CHARS = 2;

	/** 成文日期右空四字. */
	public static final int DATE_RIGHT_INDENT_CHARS = 4;

	public static final String TITLE_FONT = "方正小标宋简体";

	public static final String BODY_FONT = "仿宋_GB2312";

	public static final String HEADING_ONE_FONT = "黑体";

	public static final String HEADING_TWO_FONT = "楷体_GB2312";

	public static final String PAGE_NUMBER_FONT = "宋体";

	/** Latin letters and digits in the body, as offices set them. */
	public static final String LATIN_FONT = "Times New Roman";

	private OfficialLayout() {
	}

	public static double points(double millimetres) {
		return millimetres * 72 / 25.4;
	}

	/** Width of a text in body characters: Chinese and full-width forms count one, the rest half. */
	public static double widthInChars(String text) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) < 0x2000 ? 0.5 : 1;
		}
		return width;
	}

	/** Right indent of the date: four characters. */
	public static float dateRightIndent() {
		return DATE_RIGHT_INDENT_CHARS * BODY_SIZE;
	}

	/** The issuer is centred over the date, so its indent depends on the date's width. */
	public static String signatureDate(java.util.List<Block> blocks) {
		return blocks.stream().filter(block -> block.kind() == Block.Kind.DATE).map(Block::text).findFirst().orElse("");
	}

	/** Right indent that centres the issuer over the date (发文机关署名以成文日期为准居中). */
	public static float issuerRightIndent(String issuer, String date) {
		double chars = DATE_RIGHT_INDENT_CHARS + (widthInChars(date) - widthInChars(issuer)) / 2;
		return (float) Math.max(0, chars * BODY_SIZE);
	}
}
