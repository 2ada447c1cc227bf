package org.zhenggai.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhenggai.mechanism.RuleIT.fields;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.IntegrationTest;

/** Recurrences: suggestions by wording from earlier rounds, links, and the round's list of recurring problems. */
class RecurrenceIT extends IntegrationTest {

	@Test
	void aSimilarlyWordedProblemOfAnEarlierRoundIsSuggestedFirstAndCanBeLinked() {
		var earlier = fixture();
		var later = fixture();
		String mark = UUID.randomUUID().toString().substring(0, 4);
		long old = problem(earlier.api, earlier.categoryId, "校外培训机构监管存在漏洞" + mark);
		problem(earlier.api, earlier.categoryId, "食堂财务管理不规范");
		long now = problem(later.api, later.categoryId, "对校外培训机构的监管仍有漏洞" + mark);

		var candidates = later.api.get("/api/v1/problems/{id}/recurrence-candidates", now).json();

		assertThat(candidates.size()).isBetween(1, 5);
		assertThat(candidates.get(0).get("problemId").asLong()).isEqualTo(old);
		assertThat(candidates.get(0).get("roundId").asLong()).isEqualTo(earlier.roundId);
		assertThat(candidates.get(0).get("similarity").asDouble()).isGreaterThan(0.3);
		assertThat(earlier.api.get("/api/v1/problems/{id}/recurrence-candidates", old).json().findValues("problemId")
			.stream().noneMatch(p -> p.asLong() == now)).as("a later round is never suggested").isTrue();

		var office = later.account("OFFICE", null, null);
		var linked = office.post("/api/v1/problems/{id}/recurrences", Map.of("earlierProblemId", old,
				"note", "上轮已报告整改完成"), now);
		assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
		var recurring = later.api.get("/api/v1/rounds/{id}/recurrences", later.roundId).json();
		assertThat(recurring.size()).isEqualTo(1);
		assertThat(recurring.get(0).get("problemId").asLong()).isEqualTo(now);
		assertThat(recurring.get(0).get("earlierRoundId").asLong()).isEqualTo(earlier.roundId);
		assertThat(later.api.get("/api/v1/problems/{id}/recurrence-candidates", now).json().get(0).get("linked")
			.asBoolean()).isTrue();
		assertThat(later.api.get("/api/v1/rounds/{id}/mechanism-summary", later.roundId).json().get("recurrences")
			.asLong()).isEqualTo(1);
	}

	@Test
	void onlyTheOfficeLinksAndOnlyToAnEarlierRoundOnce() {
		var earlier = fixture();
		var later = fixture();
		var department = later.account("DEPARTMENT", later.officeId, null);

		assertThat(department.post("/api/v1/problems/{id}/recurrences", Map.of("earlierProblemId", earlier.problemId),
				later.problemId).status()).isEqualTo(403);
		var backwards = earlier.api.post("/api/v1/problems/{id}/recurrences", Map.of("earlierProblemId",
				later.problemId), earlier.problemId);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fields(backwards.json())).containsExactly("earlierProblemId");
		assertThat(fields(later.api.post("/api/v1/problems/{id}/recurrences", Map.of("earlierProblemId", 999999),
				later.problemId).json())).containsExactly("earlierProblemId");
		assertThat(later.api.post("/api/v1/problems/{id}/recurrences", Map.of("earlierProblemId", earlier.problemId),
				later.problemId).status()).isEqualTo(201);
		assertThat(later.api.post("/api/v1/problems/{id}/recurrences", Map.of("earlierProblemId", earlier.problemId),
				later.problemId).status()).isEqualTo(409);
	}

	private static long problem(org.zhenggai.support.Api api, long categoryId, String title) {
		var response = api.post("/api/v1/categories/{id}/problems", Map.of("title", title), categoryId);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.id();
	}
}
