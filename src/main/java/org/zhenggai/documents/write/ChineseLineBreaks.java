package org.zhenggai.documents.write;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a PDF line may break in Chinese text: between any two characters, except that closing
 * punctuation never starts a line, opening punctuation never ends one (避头尾), and Latin words and
 * numbers stay whole.
 */
final class ChineseLineBreaks implements SplitCharacter {

	private static final String NEVER_STARTS_A_LINE = "，。、；：？！）》〉」』】〕”’….,;:?!)%·—";

	private static final String NEVER_ENDS_A_LINE = "（《〈「『【〔“‘(";

	@Override
	public boolean isSplitCharacter(int start, int current, int end, char[] chars, PdfChunk[] chunks) {
		char here = characterAt(current, chars, chunks);
		if (current + 1 >= end) {
			return here == ' ' || isBreakable(here);
		}
		char next = characterAt(current + 1, chars, chunks);
		if (NEVER_ENDS_A_LINE.indexOf(here) >= 0 || NEVER_STARTS_A_LINE.indexOf(next) >= 0) {
			return false;
		}
		if (here == ' ') {
			return true;
		}
		return isBreakable(here) || isBreakable(next);
	}

	/** Chinese characters and full-width forms; Latin letters and digits are not. */
	private static boolean isBreakable(char c) {
		return c >= 0x2E80;
	}

	/** The same lookup as OpenPDF's own rule, which sees glyph codes in some chunks. */
	private static char characterAt(int index, char[] chars, PdfChunk[] chunks) {
		if (chunks == null) {
			return chars[index];
		}
		return (char) chunks[Math.min(index, chunks.length - 1)].getUnicodeEquivalent(chars[index]);
	}
}
