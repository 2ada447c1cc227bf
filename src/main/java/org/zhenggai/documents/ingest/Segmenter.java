package org.zhenggai.documents.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.zhenggai.documents.ingest.Markers.Boundary;
import org.zhenggai.documents.ingest.Markers.Match;

/**
 * Cuts lines into segments at numbering markers, also where text is run together on one line.
 *
 * <p>A marker at the start of a line is always taken. Inside a line a marker must follow a sentence end
 * or blanks (一是 and （2） may also follow a comma) and must continue its sequence: it is either the
 * first (1) or the one after the last of its kind. That keeps 1.5万元, 第一是 and stray numbers whole.
 * The invitation to supervise (欢迎…监督) ends the body; what follows is the closing.
 */
final class Segmenter {

	/** The body cut into segments, and the closing text from the invitation to supervise on. */
	record Result(List<Segment> segments, String closing) {
	}

	private static final Pattern CLOSING = Pattern.compile(
			"欢迎[^。！？]{0,30}?监督|如(?:有|对[^。！？]{0,12}?有)意见[和或、]?建议[^。！？]{0,6}?请");

	private static final int CLOSING_LOOKAHEAD = 48;

	private final Map<MarkerFamily, Integer> lastOrdinal = new EnumMap<>(MarkerFamily.class);

	private final List<Segment> segments = new ArrayList<>();

	static Result split(List<String> lines) {
		return new Segmenter().run(lines);
	}

	private Result run(List<String> lines) {
		for (int l = 0; l < lines.size(); l++) {
			String line = lines.get(l);
			int closingAt = splitLine(line);
			if (closingAt >= 0) {
				StringBuilder closing = new StringBuilder(line.substring(closingAt));
				for (int rest = l + 1; rest < lines.size(); rest++) {
					closing.append('\n').append(lines.get(rest));
				}
				return new Result(List.copyOf(segments), closing.toString());
			}
		}
		return new Result(List.copyOf(segments), "");
	}

	/** Cuts one line; returns where the closing starts on it, or -1. */
	private int splitLine(String line) {
		int start = 0;
		while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
			start++;
		}
		int segmentStart = start;
		Marker pending = null;
		boolean pendingLineStart = true;
		char lastNonBlank = 0;
		boolean blankBefore = false;
		int i = start;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c)) {
				blankBefore = true;
				i++;
				continue;
			}
			Boundary boundary = i == start ? Boundary.LINE_START : boundary(lastNonBlank, blankBefore);
			if (boundary != Boundary.NONE && boundary != Boundary.CLAUSE && (c == '欢' || c == '如')
					&& closesBody(line, i)) {
				emit(pending, line.substring(segmentStart, i), pendingLineStart);
				return i;
			}
			Match match = Markers.mayStart(c) ? Markers.at(line, i, boundary) : null;
			if (match != null && accept(match.marker(), boundary)) {
				emit(pending, line.substring(segmentStart, i), pendingLineStart);
				pending = match.marker();
				pendingLineStart = i == start;
				segmentStart = match.end();
				i = match.end();
				lastNonBlank = '：'; // an item may start right after a marker: 整改措施：（1）…
				blankBefore = false;
				continue;
			}
			// 。” ends the sentence as 。 does
			if (!(isClosingQuote(c) && isSentenceEnd(lastNonBlank))) {
				lastNonBlank = c;
			}
			blankBefore = false;
			i++;
		}
		emit(pending, line.substring(segmentStart), pendingLineStart);
		return -1;
	}

	private static Boundary boundary(char lastNonBlank, boolean blankBefore) {
		if ("。；;！!？?：:".indexOf(lastNonBlank) >= 0) {
			return Boundary.SENTENCE;
		}
		if (blankBefore) {
			// text run together with blanks between items, as scraped pages are; but not 共 3 个
			return ChineseNumerals.isAsciiOrWideDigit(lastNonBlank) ? Boundary.NONE : Boundary.SENTENCE;
		}
		if ("，,、".indexOf(lastNonBlank) >= 0) {
			return Boundary.CLAUSE;
		}
		return Boundary.NONE;
	}

	private static boolean isSentenceEnd(char c) {
		return "。！!？?".indexOf(c) >= 0;
	}

	private static boolean isClosingQuote(char c) {
		return "”’」』\"".indexOf(c) >= 0;
	}

	/** Inside a line a marker must start its sequence or continue it, so stray numbers stay text. */
	private boolean accept(Marker marker, Boundary boundary) {
		MarkerFamily family = marker.family();
		if (boundary != Boundary.LINE_START && !marker.isLabel() && marker.ordinal() != 1) {
			Integer last = lastOrdinal.get(family);
			if (last == null || marker.ordinal() != last + 1) {
				return false;
			}
		}
		if (!marker.isLabel()) {
			lastOrdinal.put(family, marker.ordinal());
		}
		return true;
	}

	private static boolean closesBody(String line, int at) {
		return CLOSING.matcher(line).region(at, Math.min(line.length(), at + CLOSING_LOOKAHEAD)).lookingAt();
	}

	private void emit(Marker marker, String text, boolean lineStart) {
		String trimmed = text.strip();
		if (marker != null || !trimmed.isEmpty()) {
			segments.add(new Segment(marker, trimmed, lineStart));
		}
	}
}
