package org.zhenggai.documents.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a document as a reader sees them: blanks unified, and the chrome of a web page
 * (navigation, 打印本页, 关闭窗口, 来源/发布时间 lines, footers, table pipes) left out. The date of a
 * 发布时间 line is kept, since it may be the only publication date.
 *
 * @param lines the lines that carry the document, without blank ones
 * @param postedDateLine the text of the first 发布时间/添加日期 line, or {@code null}
 */
record PageText(List<String> lines, String postedDateLine) {

	private static final int CHROME_MAX_LENGTH = 80;

	private static final Pattern NAVIGATION = Pattern.compile(
			"^(当前位置|您的位置|你的位置|您现在的位置|所在位置)|>>|»|首页\\s*[>＞]|[>＞]\\s*正文");

	private static final Pattern CHROME_WORDS = Pattern.compile(
			"打印本页|关闭窗口|打印此页|【打印】|【关闭】|\\[打印]|\\[关闭]|返回顶部|分享到|扫一扫|【字体|字号[:：]"
					+ "|浏览次数|阅读次数|点击数|访问量|上一篇|下一篇|版权所有|主办单位|承办单位|ICP备|网站标识码"
					+ "|公网安备|技术支持[:：]|网站地图|联系我们|收藏本页|设为首页");

	private static final Pattern META = Pattern.compile(
			"(作者|来源|信息来源|文章来源|发布机构|发布时间|发布日期|添加日期|更新时间|成文日期|日期|时间)\\s*[:：]");

	private static final Pattern POSTED = Pattern.compile("(发布时间|发布日期|添加日期|更新时间|日期|时间)\\s*[:：]");

	static PageText of(String text) {
		List<String> lines = new ArrayList<>();
		String postedDateLine = null;
		for (String raw : normalise(text).split("\n")) {
			String line = withoutEdgePipes(raw);
			if (line.isEmpty()) {
				continue;
			}
			if (line.length() <= CHROME_MAX_LENGTH && isMeta(line)) {
				Matcher posted = POSTED.matcher(line);
				if (postedDateLine == null && posted.find()) {
					postedDateLine = line.substring(posted.end());
				}
				continue;
			}
			if (line.length() <= CHROME_MAX_LENGTH && isChrome(line)) {
				continue;
			}
			lines.add(line);
		}
		return new PageText(List.copyOf(lines), postedDateLine);
	}

	/** One kind of line end and of blank; no BOM, no zero-width characters. */
	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					continue;
				}
				out.append('\n');
			}
			else if (c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
				out.append('\n');
			}
			else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060') {
				continue;
			}
			else if (c == '\t' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F') {
				out.append(' ');
			}
			else if (c < ' ' && c != '\n') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The line without blanks and the table pipes of scraped pages (| |||) at either end. */
	static String withoutEdgePipes(String line) {
		int start = 0;
		int end = line.length();
		while (start < end && isPipeOrBlank(line.charAt(start))) {
			start++;
		}
		while (end > start && isPipeOrBlank(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(start, end);
	}

	private static boolean isPipeOrBlank(char c) {
		return c == '|' || c == '｜' || Character.isWhitespace(c);
	}

	private static boolean isChrome(String line) {
		return NAVIGATION.matcher(line).find() || CHROME_WORDS.matcher(line).find();
	}

	/** 作者: 来源: 添加日期:2018-11-05 — a line made of page fields, which a sentence never starts with. */
	private static boolean isMeta(String line) {
		Matcher meta = META.matcher(line);
		return meta.lookingAt() && !line.contains("。");
	}
}
