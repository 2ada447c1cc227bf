package org.zhenggai.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

import tools.jackson.databind.JsonNode;

/** Accountability actions: who may record them, what they must name, and the counts per kind. */
class AccountabilityIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void theRoundCountsItsActionsPerKind() {
		var f = fixture();
		var office = f.account("OFFICE", null, null);
		var discipline = f.account("DISCIPLINE", null, null);
		long measureId = f.measure("补齐会议记录要素", f.teachingId, -3);

		var talk = office.post("/api/v1/rounds/{id}/accountability-actions", action(f, "REMINDER_TALK", f.staffId, null,
				measureId), f.roundId);
		office.post("/api/v1/rounds/{id}/accountability-actions", action(f, "REMINDER_TALK", null, f.teachingId, null),
				f.roundId);
		discipline.post("/api/v1/rounds/{id}/accountability-actions", action(f, "SUMMONS", f.staffId, f.teachingId, null),
				f.roundId);

		assertThat(talk.status()).as(talk.toString()).isEqualTo(201);
		assertThat(talk.json().get("measureId").asLong()).isEqualTo(measureId);
		var summary = f.api.get("/api/v1/rounds/{id}/accountability-summary", f.roundId).json();
		assertThat(summary.get("total").asLong()).isEqualTo(3);
		assertThat(summary.get("byKind").get("REMINDER_TALK").asLong()).isEqualTo(2);
		assertThat(summary.get("byKind").get("SUMMONS").asLong()).isEqualTo(1);
		assertThat(summary.get("byKind").get("REMOVAL").asLong()).isZero();
		assertThat(summary.get("people").asLong()).isEqualTo(1);
		assertThat(summary.get("departments").asLong()).isEqualTo(1);
		assertThat(f.api.get("/api/v1/rounds/{id}/accountability-actions", f.roundId).json().size()).isEqualTo(3);
	}

	@Test
	void onlyTheOfficeDisciplineOrAdministratorRecordActionsAndEachMustNameItsTarget() {
		var f = fixture();
		var other = fixture();
		var department = f.account("DEPARTMENT", f.teachingId, null);
		var leader = f.account("LEADER", null, f.leaderId);

		assertThat(department.post("/api/v1/rounds/{id}/accountability-actions", action(f, "SUMMONS", f.staffId, null,
				null), f.roundId).status()).isEqualTo(403);
		assertThat(leader.post("/api/v1/rounds/{id}/accountability-actions", action(f, "SUMMONS", f.staffId, null, null),
				f.roundId).status()).isEqualTo(403);
		var noTarget = f.api.post("/api/v1/rounds/{id}/accountability-actions", action(f, "SUMMONS", null, null, null),
				f.roundId);
		assertThat(noTarget.status()).isEqualTo(400);
		assertThat(fields(noTarget.json())).containsExactly("personId");
		var body = action(f, "REMOVAL", other.staffId, null, null);
		body.put("problemId", other.problemId);
		body.put("takenOn", TODAY.plusDays(1).toString());
		var foreign = f.api.post("/api/v1/rounds/{id}/accountability-actions", body, f.roundId);
		assertThat(fields(foreign.json())).containsExactlyInAnyOrder("personId", "problemId", "takenOn");
		var unknownKind = action(f, "FINE", f.staffId, null, null);
		assertThat(f.api.post("/api/v1/rounds/{id}/accountability-actions", unknownKind, f.roundId).status())
			.isEqualTo(400);
		assertThat(f.api.get("/api/v1/rounds/{id}/accountability-summary", f.roundId).json().get("total").asLong())
			.isZero();
	}

	private static Map<String, Object> action(LedgerFixture f, String kind, Long personId, Long departmentId,
			Long measureId) {
		var body = new HashMap<String, Object>();
		body.put("kind", kind);
		body.put("takenOn", TODAY.toString());
		body.put("personId", personId);
		body.put("departmentId", departmentId);
		body.put("reason", "整改进度滞后");
		body.put("problemId", f.problemId);
		body.put("measureId", measureId);
		return body;
	}

	static List<String> fields(JsonNode problem) {
		var names = new ArrayList<String>();
		problem.get("errors").forEach(e -> names.add(e.get("field").asString()));
		return names;
	}
}
