package org.zhenggai.documents.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The real reports in shared/reference-reports, read only. */
final class ReferenceReports {

	/** 绥芬河市教育党工委, 2018: one paragraph per line, items 1) ⑴ 一是. */
	static final String SUIFENHE = "000_0353168771818840.txt";

	/** 博山区教育和体育局党组, 2023: run together on a few lines, 整改措施/整改进度 labels. */
	static final String BOSHAN = "002_c1a0f492ae13c4e0.txt";

	/** 海珠区教育局党组, 2025: 第一大类问题, groups, 36 problems numbered through, no title line. */
	static final String HAIZHU = "004_0e96e1428a308200.txt";

	static final List<String> ALL = List.of(SUIFENHE, BOSHAN, HAIZHU);

	private ReferenceReports() {
	}

	static Path path(String file) {
		return Path.of("..", "shared", "reference-reports", file);
	}

	static byte[] bytes(String file) {
		try {
			return Files.readAllBytes(path(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String text(String file) {
		return new String(bytes(file), StandardCharsets.UTF_8);
	}

	/** The report as paragraphs: one per line, and where text runs together, one per blank-separated item. */
	static List<String> paragraphs(String file) {
		return Arrays.stream(text(file).split(file.equals(BOSHAN) ? "\\s+" : "\n"))
			.filter(paragraph -> !paragraph.isBlank())
			.toList();
	}
}
