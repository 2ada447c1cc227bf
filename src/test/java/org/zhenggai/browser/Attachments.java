package org.zhenggai.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Files a person picks from their own disk to upload as evidence (佐证材料). */
final class Attachments {

	private Attachments() {
	}

	/** A small photo-like PNG: a red banner over a white page. */
	static Path png(Path folder, String name) {
		var image = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 160, 100);
		g.setColor(new Color(0xb5, 0x12, 0x1b));
		g.fillRect(0, 0, 160, 24);
		g.setColor(Color.DARK_GRAY);
		for (int line = 0; line < 5; line++) {
			g.fillRect(12, 36 + line * 12, 136 - line * 14, 4);
		}
		g.dispose();
		Path file = folder.resolve(name);
		try {
			ImageIO.write(image, "png", file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** A file just over the given size, made of zeros, with a harmless-looking name. */
	static Path larger(Path folder, String name, long bytes) {
		return write(folder, name, new byte[Math.toIntExact(bytes + 1)]);
	}

	/** A Windows program (its first bytes are "MZ") dressed up as a photo. */
	static Path program(Path folder, String name) {
		return write(folder, name, new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff });
	}

	private static Path write(Path folder, String name, byte[] content) {
		try {
			return Files.write(folder.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
