package org.zhenggai.documents;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar zhenggai.jar ingest FILE [--json]}: reads a feedback opinion or a published
 * report (text or .docx) into structure without starting the server. The same reader serves the
 * API and the import page.
 */
public final class IngestCommand {

	/** The largest document read; real feedback and reports are a few hundred kilobytes. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private IngestCommand() {
	}

	/** Runs the command; returns the process exit code (0 read, 1 refused, 2 wrong usage). */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		var files = args.stream().filter(a -> !a.startsWith("--")).toList();
		if (files.size() != 1 || args.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--json"))) {
			err.println("用法 / usage: java -jar zhenggai.jar ingest FILE [--json]");
			return 2;
		}
		Path file = Path.of(files.get(0));
		try {
			if (!Files.isRegularFile(file)) {
				err.println("找不到文件：" + file);
				return 1;
			}
			if (Files.size(file) > MAX_BYTES) {
				err.println("文件“" + file.getFileName() + "”超过 " + MAX_BYTES / 1024 / 1024 + " MB 的大小限制");
				return 1;
			}
			var result = DocumentReader.read(Files.readAllBytes(file), file.getFileName().toString());
			out.println(args.contains("--json") ? JSON.writeValueAsString(result) : summary(result));
			return 0;
		}
		catch (DocumentReader.UnreadableDocumentException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("无法读取文件“" + file + "”：" + ex.getMessage());
			return 1;
		}
	}

	/** The tree as a person reads it: categories, problems, counts of manifestations and measures. */
	static String summary(IngestResult result) {
		var text = new StringBuilder();
		text.append(result.title() == null ? "（未识别到标题）" : result.title()).append('\n');
		for (var category : result.categories()) {
			text.append(category.number() == null ? "" : category.number() + "、")
				.append(category.title() == null ? "" : category.title()).append('\n');
			for (var problem : category.problems()) {
				text.append("  ").append(problem.number() == null ? "" : problem.number() + ". ").append(problem.title())
					.append("（具体表现 ").append(problem.manifestations().size()).append(" 条，整改措施 ")
					.append(problem.measures().size()).append(" 项")
					.append(problem.progressText() == null ? "" : "，" + problem.progressText()).append("）\n");
			}
		}
		result.warnings().forEach(w -> text.append("提示：").append(w).append('\n'));
		return text.toString().stripTrailing();
	}
}
