package org.zhenggai.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of repeated calls: percentiles, throughput, and the ratio to a baseline. */
record Timings(String name, List<Long> nanos, double wallSeconds) {

	interface Call {
		void run() throws Exception;
	}

	/** Runs {@code warmup} calls unmeasured, then {@code count} measured ones, one after another. */
	static Timings of(String name, int warmup, int count, Call call) throws Exception {
		for (int i = 0; i < warmup; i++) {
			call.run();
		}
		var nanos = new ArrayList<Long>(count);
		long wall = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			call.run();
			nanos.add(System.nanoTime() - start);
		}
		return new Timings(name, nanos, (System.nanoTime() - wall) / 1e9);
	}

	double percentileMillis(double p) {
		var sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
	}

	double meanMillis() {
		return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
	}

	double perSecond() {
		return nanos.size() / wallSeconds;
	}

	static String header() {
		return "| what | calls | p50 ms | p95 ms | p99 ms | mean ms | calls/s | ratio to plain SQL (p50 / p95) |\n"
				+ "|---|---:|---:|---:|---:|---:|---:|---|";
	}

	String row(Timings plain) {
		return row(name, nanos.size(), percentileMillis(50), percentileMillis(95), percentileMillis(99), meanMillis(),
				perSecond(), plain);
	}

	/** A row of figures measured elsewhere (by wrk), beside a baseline measured here. */
	static String row(String name, long calls, double p50, double p95, double p99, double mean, double perSecond,
			Timings plain) {
		String ratio = plain == null ? "(baseline)"
				: "%.2f / %.2f".formatted(p50 / plain.percentileMillis(50), p95 / plain.percentileMillis(95));
		return "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |".formatted(name, calls, p50, p95, p99, mean,
				perSecond, ratio);
	}
}
