package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;

/** Two people saving the same measure at once: one wins, the other is told, nothing is lost. */
class ConcurrentChangeIT extends IntegrationTest {

	@RepeatedTest(3)
	void twoConcurrentChangesEndWithOneConflictAndNoLostWrite() throws Exception {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		var barrier = new CyclicBarrier(2);
		List<Future<Api.Response>> results = new ArrayList<>();
		var pool = Executors.newFixedThreadPool(2);
		try {
			for (String text : List.of("甲的修改", "乙的修改")) {
				results.add(pool.submit(() -> {
					var api = admin();
					barrier.await(30, TimeUnit.SECONDS);
					return api.patch("/api/v1/measures/{id}", Map.of("version", 0, "text", text), measureId);
				}));
			}
			var statuses = new ArrayList<Integer>();
			String winner = null;
			for (var result : results) {
				var response = result.get(60, TimeUnit.SECONDS);
				statuses.add(response.status());
				if (response.status() == 200) {
					winner = response.json().get("text").asString();
				}
			}

			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			var stored = f.api.get("/api/v1/measures/{id}", measureId).json();
			assertThat(stored.get("text").asString()).isEqualTo(winner);
			assertThat(stored.get("version").asInt()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
