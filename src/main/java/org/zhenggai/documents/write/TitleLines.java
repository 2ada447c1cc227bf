package org.zhenggai.documents.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a long title into lines by hand. Left to the layout engine a title ends with a lone
 * character on its last line; GB/T 9704 asks for lines of sensible length, broken where the meaning
 * allows, which in these titles is before 关于.
 */
final class TitleLines {

	/** Characters of 2号 type in one line of the type area. */
	static final int CHARS_PER_LINE = (int) ((OfficialLayout.PAGE_WIDTH_MM - OfficialLayout.MARGIN_LEFT_MM
			- OfficialLayout.MARGIN_RIGHT_MM) * 72 / 25.4 / OfficialLayout.TITLE_SIZE);

	private TitleLines() {
	}

	/** The title with line breaks ({@code \n}) where it should break. */
	static String of(String title) {
		return String.join("\n", split(title));
	}

	static List<String> split(String title) {
		double width = OfficialLayout.widthInChars(title);
		if (width <= CHARS_PER_LINE) {
			return List.of(title);
		}
		int about = title.indexOf("关于");
		if (about > 0 && OfficialLayout.widthInChars(title.substring(0, about)) <= CHARS_PER_LINE
				&& OfficialLayout.widthInChars(title.substring(about)) <= CHARS_PER_LINE) {
			return List.of(title.substring(0, about), title.substring(about));
		}
		return balanced(title, width);
	}

	/** Lines of nearly equal length, the last never much shorter than the others. */
	private static List<String> balanced(String title, double width) {
		int lineCount = (int) Math.ceil(width / CHARS_PER_LINE);
		double target = Math.ceil(width / lineCount);
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < title.length(); i++) {
			String next = line.toString() + title.charAt(i);
			if (OfficialLayout.widthInChars(next) > target && lines.size() < lineCount - 1) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(title.charAt(i));
		}
		lines.add(line.toString());
		return lines;
	}
}
