package org.zhenggai.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhenggai.dispatch.DispatchMeetingIT.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhenggai.mechanism.ClosedWork;
import org.zhenggai.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Spot checks: a reproducible random sample of done work, and a failed check that reopens a closed measure. */
class SpotCheckIT extends IntegrationTest {

	@Test
	void theSameSeedDrawsTheSameSampleOfCompletedMeasuresOnly() {
		var f = fixture();
		var done = new ArrayList<Long>();
		for (int i = 1; i <= 8; i++) {
			long measureId = f.measure("整改措施" + i, f.officeId, 10);
			if (i <= 6) {
				f.api.post("/api/v1/measures/{id}/progress", Map.of("text", "已完成", "phrase", "COMPLETED"), measureId);
				done.add(measureId);
			}
		}

		var first = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 3, "seed", 20240328), f.roundId);
		var again = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 3, "seed", 20240328), f.roundId);
		var half = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("percentage", 50, "seed", 20240328), f.roundId);
		var unseeded = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 2), f.roundId);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(sample(first.json())).hasSize(3).isEqualTo(sample(again.json()));
		assertThat(sample(first.json())).allMatch(done::contains);
		assertThat(first.json().get("population").asInt()).isEqualTo(6);
		assertThat(sample(half.json())).as("50% of 6, same seed").isEqualTo(sample(first.json()));
		long seed = unseeded.json().get("seed").asLong();
		var repeated = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 2, "seed", seed), f.roundId);
		assertThat(sample(repeated.json())).as("a chosen seed is kept, so the draw can be repeated")
			.isEqualTo(sample(unseeded.json()));
	}

	@Test
	void aFailedCheckReopensAClosedMeasureWithTheReason() {
		var f = fixture();
		var work = new ClosedWork(f);
		long measureId = work.closedMeasure("修订议事规则");
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("status").asString()).isEqualTo("CLOSED");
		long checkId = work.office.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1), f.roundId).id();

		var failed = work.office.post("/api/v1/spot-checks/{id}/results", Map.of("measureId", measureId,
				"result", "FAILED", "reason", "议事规则未经党组会审议"), checkId);

		assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
		assertThat(failed.json().get("items").get(0).get("result").asString()).isEqualTo("FAILED");
		var measure = f.api.get("/api/v1/measures/{id}", measureId).json();
		assertThat(measure.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(measure.get("closedOn").isNull()).isTrue();
		assertThat(measure.get("latestProgress").get("text").asString()).contains("议事规则未经党组会审议");
		var twice = work.office.post("/api/v1/spot-checks/{id}/results", Map.of("measureId", measureId,
				"result", "PASSED"), checkId);
		assertThat(twice.status()).isEqualTo(409);
		var summary = f.api.get("/api/v1/rounds/{id}/dispatch-summary", f.roundId).json().get("spotChecks");
		assertThat(summary.get("failed").asLong()).isEqualTo(1);
		assertThat(summary.get("pending").asLong()).isZero();
	}

	@Test
	void aSpotCheckIsRefusedOutOfTurnAndWithBadInput() {
		var f = fixture();
		var department = f.account("DEPARTMENT", f.officeId, null);
		long measureId = f.measure("修订议事规则", f.officeId, 10);

		var nothingDone = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1), f.roundId);
		assertThat(nothingDone.status()).isEqualTo(409);
		f.api.post("/api/v1/measures/{id}/progress", Map.of("text", "已完成", "phrase", "COMPLETED"), measureId);
		assertThat(department.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1), f.roundId).status())
			.isEqualTo(403);
		assertThat(fields(f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of(), f.roundId).json()))
			.containsExactly("count");
		assertThat(fields(f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("percentage", 120), f.roundId).json()))
			.containsExactly("percentage");
		long checkId = f.api.post("/api/v1/rounds/{id}/spot-checks", Map.of("count", 1), f.roundId).id();
		var noReason = f.api.post("/api/v1/spot-checks/{id}/results", Map.of("measureId", measureId, "result", "FAILED"),
				checkId);
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(fields(noReason.json())).containsExactly("reason");
		assertThat(fields(f.api.post("/api/v1/spot-checks/{id}/results", Map.of("measureId", 999999, "result", "PASSED"),
				checkId).json())).containsExactly("measureId");
		assertThat(department.post("/api/v1/spot-checks/{id}/results", Map.of("measureId", measureId,
				"result", "PASSED"), checkId).status()).isEqualTo(403);
		assertThat(f.api.get("/api/v1/measures/{id}", measureId).json().get("status").asString()).isEqualTo("COMPLETED");
	}

	private static List<Long> sample(JsonNode check) {
		var ids = new ArrayList<Long>();
		check.get("items").forEach(i -> ids.add(i.get("measureId").asLong()));
		return ids;
	}
}
