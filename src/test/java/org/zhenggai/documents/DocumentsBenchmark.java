package org.zhenggai.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.zhenggai.documents.ReportModel.Category;
import org.zhenggai.documents.ReportModel.Measure;
import org.zhenggai.documents.ReportModel.Problem;
import org.zhenggai.documents.write.Block;
import org.zhenggai.documents.write.DocxRenderer;
import org.zhenggai.documents.write.SampleReports;

/**
 * How long the documents take: reading the reference reports (as text and as .docx) and a generated
 * report of 300 problems, per document and per MB; writing the ledger workbook of 2,000 measures,
 * the public report as .docx and as PDF (the sample of 8 problems and the 300), and reading the
 * ledger back. A plain main, not a test, so that the build never waits for it.
 *
 * <p>Run it from the project root (the reference reports are read from
 * {@code ../shared/reference-reports}):
 * <pre>
 * mvn -q -o test-compile
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.zhenggai.documents.DocumentsBenchmark [runs]
 * </pre>
 * {@code runs} (default 50) is how often the cheapest step is repeated; costlier steps run fewer
 * times. Every step is first run a few times untimed, so the figures are for a warmed-up JVM.
 */
public final class DocumentsBenchmark {

	private static final Path REFERENCE_REPORTS = Path.of("..", "shared", "reference-reports");

	private static final int DEFAULT_RUNS = 50;

	private static final double MB = 1024 * 1024;

	/** Keeps results alive so the work cannot be optimised away. */
	private static volatile long sink;

	private DocumentsBenchmark() {
	}

	/** One step to time; returns the size of what it read or wrote. */
	@FunctionalInterface
	private interface Step {

		long run() throws IOException;
	}

	public static void main(String[] args) throws IOException {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RUNS;
		System.out.printf("Java %s, %d processors%n%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());

		System.out.println("Ingest (DocumentReader.read)");
		header();
		for (Path file : referenceReports()) {
			byte[] text = Files.readAllBytes(file);
			String name = file.getFileName().toString();
			time(name + " text", text.length, runs * 4, () -> read(text, name));
			byte[] docx = asDocx(new String(text, StandardCharsets.UTF_8));
			time(name + " docx", docx.length, runs, () -> read(docx, name + ".docx"));
		}
		ReportModel large = SampleReports.large(100, 3);
		byte[] largeDocx = bytes(out -> new DocumentWriter().writePublicReport(large, out));
		time("300 problems docx", largeDocx.length, Math.max(3, runs / 5), () -> read(largeDocx, "large.docx"));
		byte[] largeText = textOf(largeDocx);
		time("300 problems text", largeText.length, Math.max(3, runs / 5), () -> read(largeText, "large.txt"));

		System.out.println();
		System.out.println("Writing");
		header();
		LedgerWorkbook workbook = new LedgerWorkbook();
		DocumentWriter writer = new DocumentWriter();
		ReportModel ledger = measures(2000);
		ReportModel sample = SampleReports.model();
		int few = Math.max(3, runs / 10);
		time("ledger xlsx 2000 measures", -1, few,
				() -> bytes(out -> workbook.writeLedger(ledger, SampleReports.TODAY, out)).length);
		byte[] ledgerBytes = bytes(out -> workbook.writeLedger(ledger, SampleReports.TODAY, out));
		time("ledger xlsx 2000 read back", ledgerBytes.length, few,
				() -> workbook.readLedger(new ByteArrayInputStream(ledgerBytes)).rows().size());
		time("report docx 8 problems", -1, runs, () -> bytes(out -> writer.writePublicReport(sample, out)).length);
		time("report docx 300 problems", -1, few, () -> bytes(out -> writer.writePublicReport(large, out)).length);
		time("report pdf 8 problems", -1, few, () -> bytes(out -> writer.writePublicReportPdf(sample, out)).length);
		time("report pdf 300 problems", -1, Math.max(2, runs / 25),
				() -> bytes(out -> writer.writePublicReportPdf(large, out)).length);
	}

	private static void header() {
		System.out.printf("%-30s %10s %6s %10s %10s%n", "document", "bytes", "runs", "ms/doc", "ms/MB");
	}

	/**
	 * Times a step. {@code size} is the input's size for reading; for writing it is -1 and the size of
	 * what was written is shown instead.
	 */
	private static void time(String name, long size, int runs, Step step) throws IOException {
		long result = 0;
		for (int i = 0; i < Math.min(5, runs); i++) {
			result = step.run();
		}
		long start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			result = step.run();
			sink += result;
		}
		double ms = (System.nanoTime() - start) / 1e6 / runs;
		long bytes = size >= 0 ? size : result;
		System.out.printf("%-30s %10d %6d %10.2f %10.1f%n", name, bytes, runs, ms, ms / (bytes / MB));
	}

	private static long read(byte[] content, String name) {
		return DocumentReader.read(content, name).categories().size();
	}

	private static List<Path> referenceReports() throws IOException {
		try (Stream<Path> files = Files.list(REFERENCE_REPORTS)) {
			return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
	}

	/** A report as Word would hold it: one paragraph per line, in the application's layout. */
	private static byte[] asDocx(String text) throws IOException {
		List<Block> blocks = Arrays.stream(text.split("\n"))
			.filter(line -> !line.isBlank())
			.map(line -> Block.of(Block.Kind.BODY, line))
			.toList();
		return bytes(out -> new DocxRenderer().write(blocks, out));
	}

	/** The words of a .docx as plain UTF-8 text, one paragraph per line. */
	private static byte[] textOf(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			StringBuilder text = new StringBuilder();
			document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
			return text.toString().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A ledger of exactly {@code total} measures: 4 categories of problems with 5 measures each. */
	private static ReportModel measures(int total) {
		List<Category> categories = new ArrayList<>();
		int number = 1;
		int left = total;
		for (int c = 1; c <= 4; c++) {
			List<Problem> problems = new ArrayList<>();
			for (int p = 0; p < total / 20 && left > 0; p++, number++) {
				List<Measure> measures = new ArrayList<>();
				for (int m = 1; m <= 5 && left > 0; m++, left--) {
					measures.add(SampleReports.ongoing("对第" + number + "个问题开展第" + m + "项整改，完善相关制度并督促落实",
							"办公室", "陈静", LocalDate.of(2024, 8, 1 + m), "已召开专题会议研究部署，正在推进。"));
				}
				problems.add(SampleReports.problem(number, "第" + number + "个问题：制度执行不严格、监督检查不到位", "李建国", "办公室",
						measures.toArray(Measure[]::new)));
			}
			categories.add(new Category("落实全面从严治党主体责任不到位方面" + c, problems));
		}
		ReportModel sample = SampleReports.model();
		return new ReportModel(sample.unit(), sample.round(), sample.leadingGroup(), sample.organisation(), categories,
				sample.nextSteps(), sample.plan(), sample.reportDate());
	}

	@FunctionalInterface
	private interface Writing {

		void to(OutputStream out) throws IOException;
	}

	private static byte[] bytes(Writing writing) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			writing.to(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
