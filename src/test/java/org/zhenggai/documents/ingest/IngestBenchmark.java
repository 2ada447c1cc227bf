package org.zhenggai.documents.ingest;

import java.nio.charset.StandardCharsets;

import org.zhenggai.documents.DocumentReader;

/**
 * Parses each reference report many times, as text and as .docx, and prints the time per document and
 * the throughput. A plain main, not a test: from the project root, after {@code mvn -q -o test-compile}
 * and {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, run
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.zhenggai.documents.ingest.IngestBenchmark [runs]}
 * (or start it from an IDE).
 */
public final class IngestBenchmark {

	private static final int WARM_UP = 200;

	private static final int RUNS = 1000;

	/** Keeps the results alive so the work cannot be optimised away. */
	private static volatile int sink;

	private IngestBenchmark() {
	}

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : RUNS;
		System.out.printf("%-28s %6s %10s %10s %8s%n", "document", "kind", "bytes", "ms/doc", "MB/s");
		for (String file : ReferenceReports.ALL) {
			byte[] text = ReferenceReports.bytes(file);
			measure(file, "text", text, runs);
			byte[] docx = TestDocx.of(ReferenceReports.paragraphs(file));
			measure(file, "docx", docx, Math.max(1, runs / 10));
		}
		String large = (ReferenceReports.text(ReferenceReports.HAIZHU) + "\n").repeat(40);
		measure("004 × 40", "text", large.getBytes(StandardCharsets.UTF_8), Math.max(1, runs / 50));
	}

	private static void measure(String name, String kind, byte[] content, int runs) {
		for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
			sink += DocumentReader.read(content, name).categories().size();
		}
		long start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			sink += DocumentReader.read(content, name).categories().size();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double msPerDocument = seconds * 1000 / runs;
		double megabytesPerSecond = content.length * (double) runs / seconds / (1024 * 1024);
		System.out.printf("%-28s %6s %10d %10.3f %8.2f%n", name, kind, content.length, msPerDocument,
				megabytesPerSecond);
	}
}
