package org.zhenggai.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Rules written or revised because of problems: the round's list, each rule with the problems it answers. */
class RuleIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void theRoundListsItsRulesInTheOrderIssuedWithTheProblemsTheyAnswer() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);

		var revised = office.post("/api/v1/rounds/{id}/rules", Map.of("title", "《党组会议议事规则》",
				"documentNumber", "测教党〔2024〕5号", "issuedOn", TODAY.minusDays(3).toString(), "kind", "REVISED",
				"problemIds", List.of(f.problemId)), f.roundId);
		office.post("/api/v1/rounds/{id}/rules", Map.of("title", "《会议记录管理办法》", "issuedOn",
				TODAY.minusDays(10).toString(), "kind", "NEW", "problemIds", List.of(f.problemId)), f.roundId);

		assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
		var rules = f.api.get("/api/v1/rounds/{id}/rules", f.roundId).json();
		assertThat(rules.size()).isEqualTo(2);
		assertThat(rules.get(0).get("title").asString()).isEqualTo("《会议记录管理办法》");
		assertThat(rules.get(1).get("documentNumber").asString()).isEqualTo("测教党〔2024〕5号");
		assertThat(rules.get(1).get("problemIds").get(0).asLong()).isEqualTo(f.problemId);
		assertThat(f.api.get("/api/v1/problems/{id}/rules", f.problemId).json().size()).isEqualTo(2);
		var summary = f.api.get("/api/v1/rounds/{id}/mechanism-summary", f.roundId).json();
		assertThat(summary.get("newRules").asLong()).isEqualTo(1);
		assertThat(summary.get("revisedRules").asLong()).isEqualTo(1);
	}

	@Test
	void aRuleIsRecordedByTheOfficeForProblemsOfItsRoundOnly() {
		var f = fixture();
		var other = fixture();
		var department = f.account("DEPARTMENT", f.officeId, null);
		var rule = Map.of("title", "《会议记录管理办法》", "issuedOn", TODAY.toString(), "kind", "NEW",
				"problemIds", List.of(f.problemId));

		assertThat(department.post("/api/v1/rounds/{id}/rules", rule, f.roundId).status()).isEqualTo(403);
		var foreign = f.api.post("/api/v1/rounds/{id}/rules", Map.of("title", "《办法》", "issuedOn",
				TODAY.plusDays(2).toString(), "kind", "NEW", "problemIds", List.of(other.problemId)), f.roundId);
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(fields(foreign.json())).containsExactlyInAnyOrder("issuedOn", "problemIds[0]");
		var empty = f.api.post("/api/v1/rounds/{id}/rules", Map.of("title", " ", "kind", "NEW", "problemIds", List.of()),
				f.roundId);
		assertThat(fields(empty.json())).containsExactlyInAnyOrder("title", "issuedOn", "problemIds");
		assertThat(f.api.get("/api/v1/rounds/{id}/rules", f.roundId).json().size()).isZero();
	}

	static List<String> fields(JsonNode problem) {
		var names = new ArrayList<String>();
		problem.get("errors").forEach(e -> names.add(e.get("field").asString()));
		return names;
	}
}
