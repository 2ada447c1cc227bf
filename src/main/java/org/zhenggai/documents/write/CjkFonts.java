package org.zhenggai.documents.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * Finds the Chinese fonts the PDF embeds. By default it looks for Noto CJK (Debian package
 * {@code fonts-noto-cjk}) and a few other common places; a configured font file overrides the search
 * and is then used for every kind of text. Fonts are loaded anew for each document: a loaded font
 * keeps an open file and a read position, so sharing one between concurrent documents is unsafe, and
 * loading takes only tens of milliseconds.
 */
public final class CjkFonts {

	/** Song/Ming style faces for the body (仿宋 is rarely installed on servers). */
	static final List<String> REGULAR = List.of(
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
			"/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
			"/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
			"C:/Windows/Fonts/simfang.ttf",
			"C:/Windows/Fonts/simsun.ttc");

	/** Heavy faces standing in for 小标宋 (title) and 楷体 (level-two headings). */
	static final List<String> BOLD = List.of(
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
			"/usr/share/fonts/noto-cjk/NotoSerifCJK-Bold.ttc",
			"/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Bold.ttc");

	/** Sans faces for 黑体 (level-one headings). */
	static final List<String> SANS = List.of(
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
			"/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
			"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
			"C:/Windows/Fonts/simhei.ttf");

	/** The faces of one document; a missing bold or sans face falls back to the regular one. */
	public record Faces(BaseFont regular, BaseFont bold, BaseFont sans) {
	}

	private final Path configured;

	/** Looks the fonts up in the default places. */
	public CjkFonts() {
		this(null);
	}

	/** Uses the given font file (.ttf, .otf or .ttc) for all text; {@code null} looks fonts up. */
	public CjkFonts(Path fontFile) {
		this.configured = fontFile;
	}

	public Faces load() {
		if (configured != null) {
			if (!Files.isReadable(configured)) {
				throw new IllegalStateException("The configured PDF font file " + configured + " cannot be read");
			}
			BaseFont font = load(configured);
			return new Faces(font, font, font);
		}
		BaseFont regular = first(REGULAR).map(CjkFonts::load)
			.orElseThrow(() -> new IllegalStateException("No Chinese font found for PDF output; looked for "
					+ REGULAR + ". Install the Debian package fonts-noto-cjk, or configure a font file."));
		BaseFont bold = first(BOLD).map(CjkFonts::load).orElse(regular);
		BaseFont sans = first(SANS).map(CjkFonts::load).orElse(bold);
		return new Faces(regular, bold, sans);
	}

	private static Optional<Path> first(List<String> candidates) {
		return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst();
	}

	private static BaseFont load(Path file) {
		String name = file.toString();
		try {
			if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
				name = name + "," + simplifiedChineseFace(name);
			}
			BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
			if (!font.charExists('中')) {
				throw new IllegalStateException("The font " + file + " has no Chinese characters");
			}
			return font;
		}
		catch (DocumentException | IOException failure) {
			throw new IllegalStateException("The font " + file + " cannot be loaded for PDF output", failure);
		}
	}

	/** A collection holds faces for several regions; simplified Chinese glyphs are the ones we want. */
	private static int simplifiedChineseFace(String collection) throws DocumentException, IOException {
		String[] names = BaseFont.enumerateTTCNames(collection);
		for (int i = 0; i < names.length; i++) {
			String face = names[i].toLowerCase(Locale.ROOT);
			if (face.contains("cjksc") || face.endsWith(" sc") || face.contains("gb")) {
				return i;
			}
		}
		return 0;
	}
}
