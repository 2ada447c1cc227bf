package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhenggai.mechanism.ClosedWork;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.StoredStatuses;

/**
 * What a measure keeps of its progress (status, latest report day), which overviews of a province
 * read instead of the reports, follows every report, closure and reopening, also when reports
 * arrive at once.
 */
class StoredStatusIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void followsReportsClosureAndReopening() {
		var f = fixture();
		LocalDate today = f.feedbackDate.plusDays(30);
		long measure = f.measure("建立问题整改台账", f.officeId, 10);
		assertThat(stored(measure)).isEqualTo(new Stored("NOT_STARTED", null));

		report(f.api, measure, "正在梳理", "IN_PROGRESS", today);
		assertThat(stored(measure)).isEqualTo(new Stored("IN_PROGRESS", today));
		report(f.api, measure, "补记上周完成情况", "COMPLETED", today.minusDays(5));
		assertThat(stored(measure)).as("a report dated earlier does not change where the work stands")
			.isEqualTo(new Stored("IN_PROGRESS", today));
		report(f.api, measure, "已建立台账", "COMPLETED", today);
		assertThat(stored(measure)).isEqualTo(new Stored("COMPLETED", today));
		var completed = f.api.get("/api/v1/rounds/{id}/ledger?status=COMPLETED", f.roundId).json().get("content");
		assertThat(completed.valueStream().map(r -> r.get("measureId").asLong())).contains(measure);

		// closed, then reopened by a failed spot check, in a unit of its own so the sample draws it
		var g = fixture();
		var work = new ClosedWork(g);
		long closed = work.closedMeasure("修订议事规则");
		assertThat(stored(closed).status()).isEqualTo("CLOSED");
		long check = work.office.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1), g.roundId).id();
		var failed = work.office.post("/api/v1/spot-checks/{id}/results",
				Map.of("measureId", closed, "result", "FAILED", "reason", "未经党组会审议"), check);
		assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
		assertThat(stored(closed)).isEqualTo(new Stored("IN_PROGRESS", today));
		assertThat(StoredStatuses.disagreeing(jdbc)).isEmpty();
		assertThat(StoredStatuses.disagreeingRounds(jdbc)).isEmpty();
	}

	/**
	 * One department completes the work today while another keeps adding yesterday's notes: the
	 * completion is the latest report whatever order the writes end in.
	 */
	@Test
	void reportsArrivingAtOnceAllCount() throws Exception {
		var f = fixture();
		LocalDate today = f.feedbackDate.plusDays(30);
		long measure = f.measure("规范公务接待审批", f.officeId, 10);
		var tasks = new ArrayList<Callable<Integer>>();
		for (int i = 0; i < 8; i++) {
			int n = i;
			tasks.add(() -> report(f.api, measure, "第" + n + "次补记", "IN_PROGRESS", today.minusDays(1)));
			tasks.add(() -> report(f.api, measure, "第" + n + "次完成", "COMPLETED", today));
		}
		allCreated(tasks);
		assertThat(f.api.get("/api/v1/measures/{id}/progress", measure).json().size()).isEqualTo(16);
		assertThat(stored(measure)).isEqualTo(new Stored("COMPLETED", today));
		assertThat(StoredStatuses.disagreeing(jdbc)).isEmpty();
		assertThat(StoredStatuses.disagreeingRounds(jdbc)).isEmpty();
	}

	/** Several measures of one round completed at the same moment: the round counts every one. */
	@Test
	void completionsOfOneRoundAtOnceAreAllCounted() throws Exception {
		var f = fixture();
		LocalDate today = f.feedbackDate.plusDays(30);
		var tasks = new ArrayList<Callable<Integer>>();
		for (int i = 0; i < 8; i++) {
			long measure = f.measure("整改措施" + i, f.officeId, 10);
			tasks.add(() -> report(f.api, measure, "已完成", "COMPLETED", today));
		}
		allCreated(tasks);
		var round = jdbc.sql("select measure_count, completed_count from inspection_round where id = :id")
			.param("id", f.roundId).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		assertThat(round).containsExactly(8, 8);
		assertThat(StoredStatuses.disagreeingRounds(jdbc)).isEmpty();
	}

	/** Sends the reports from four threads at once; each must be accepted. */
	private static void allCreated(List<Callable<Integer>> tasks) throws Exception {
		var pool = Executors.newFixedThreadPool(4);
		try {
			for (var result : pool.invokeAll(tasks)) {
				assertThat(result.get()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static int report(Api api, long measure, String text, String phrase, LocalDate on) {
		return api.post("/api/v1/measures/{id}/progress",
				Map.of("text", text, "phrase", phrase, "reportedOn", on.toString()), measure).status();
	}

	private Stored stored(long measure) {
		return jdbc.sql("select status, last_reported_on from measure where id = :id").param("id", measure)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getObject(2, LocalDate.class))).single();
	}

	private record Stored(String status, LocalDate lastReportedOn) {
	}
}
