package org.zhenggai.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhenggai.mechanism.RuleIT.fields;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.IntegrationTest;

/** Look-backs: re-checks of closed problems, due lists, and a rebound that reopens the problem with a new measure. */
class LookBackIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void aClosedProblemIsLookedAtAgainThreeAndSixMonthsAfterClosing() {
		var f = fixture();
		var work = new ClosedWork(f);
		long problemId = work.closedProblem();

		var scheduled = work.office.post("/api/v1/problems/{id}/look-backs", Map.of(), problemId);

		assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
		var dates = new ArrayList<String>();
		scheduled.json().forEach(l -> dates.add(l.get("dueOn").asString()));
		assertThat(dates).containsExactly(TODAY.plusMonths(3).toString(), TODAY.plusMonths(6).toString());
		assertThat(work.office.post("/api/v1/problems/{id}/look-backs", Map.of("monthsAfterClosing", List.of(3)),
				problemId).status()).as("the same date twice").isEqualTo(409);
		assertThat(f.api.get("/api/v1/look-backs/due", f.roundId).json().findValues("problemId").stream()
			.noneMatch(p -> p.asLong() == problemId)).as("not due yet").isTrue();
		assertThat(f.api.get("/api/v1/look-backs/due?withinDays=200").json().findValues("problemId").stream()
			.filter(p -> p.asLong() == problemId).count()).isEqualTo(2);
	}

	@Test
	void aReboundReopensTheProblemAndAddsAMeasureWithTheFinding() {
		var f = fixture();
		var work = new ClosedWork(f);
		long problemId = work.closedProblem();
		var due = work.office.post("/api/v1/problems/{id}/look-backs", Map.of("dueOn", TODAY.toString()), problemId);
		long lookBackId = due.json().get(0).get("id").asLong();
		long later = work.office.post("/api/v1/problems/{id}/look-backs", Map.of("monthsAfterClosing", List.of(6)),
				problemId).json().get(0).get("id").asLong();
		assertThat(f.api.get("/api/v1/look-backs/due").json().findValues("id").stream()
			.anyMatch(id -> id.asLong() == lookBackId)).as("due today").isTrue();

		var noFinding = work.office.post("/api/v1/look-backs/{id}/outcome", Map.of("outcome", "REBOUNDED"), lookBackId);
		var rebounded = work.office.post("/api/v1/look-backs/{id}/outcome", Map.of("outcome", "REBOUNDED",
				"finding", "新学期会议记录又出现要素不全", "deadline", TODAY.plusDays(30).toString()), lookBackId);

		assertThat(noFinding.status()).isEqualTo(400);
		assertThat(fields(noFinding.json())).containsExactly("finding");
		assertThat(rebounded.status()).as(rebounded.toString()).isEqualTo(200);
		assertThat(rebounded.json().get("outcome").asString()).isEqualTo("REBOUNDED");
		long measureId = rebounded.json().get("newMeasureId").asLong();
		var measure = f.api.get("/api/v1/measures/{id}", measureId).json();
		assertThat(measure.get("problemId").asLong()).isEqualTo(problemId);
		assertThat(measure.get("text").asString()).contains("新学期会议记录又出现要素不全");
		assertThat(measure.get("deadline").asString()).isEqualTo(TODAY.plusDays(30).toString());
		var problem = f.api.get("/api/v1/problems/{id}", problemId).json();
		assertThat(problem.get("status").asString()).isEqualTo("IN_PROGRESS");
		var confirm = work.office.post("/api/v1/problems/{id}/closure", Map.of(), problemId);
		assertThat(confirm.json().get("detail").asString()).as("the closure was withdrawn").contains("还有整改措施没有销号");
		assertThat(f.api.get("/api/v1/look-backs/due").json().findValues("id").stream()
			.noneMatch(id -> id.asLong() == lookBackId)).isTrue();

		assertThat(work.office.post("/api/v1/look-backs/{id}/outcome", Map.of("outcome", "HELD"), lookBackId).status())
			.as("recorded twice").isEqualTo(409);
		var onOpenProblem = work.office.post("/api/v1/look-backs/{id}/outcome", Map.of("outcome", "HELD"), later);
		assertThat(onOpenProblem.status()).isEqualTo(409);
		assertThat(onOpenProblem.json().get("detail").asString()).contains("尚未确认销号");
		var summary = f.api.get("/api/v1/rounds/{id}/mechanism-summary", f.roundId).json().get("lookBacks");
		assertThat(summary.get("rebounded").asLong()).isEqualTo(1);
	}

	@Test
	void aLookBackNeedsAClosedProblemAndTheOffice() {
		var f = fixture();
		var work = new ClosedWork(f);

		var open = work.office.post("/api/v1/problems/{id}/look-backs", Map.of(), f.problemId);
		assertThat(open.status()).isEqualTo(409);
		assertThat(open.json().get("detail").asString()).contains("尚未确认销号");

		work.closedProblem();
		assertThat(work.department.post("/api/v1/problems/{id}/look-backs", Map.of(), f.problemId).status())
			.isEqualTo(403);
		assertThat(fields(work.office.post("/api/v1/problems/{id}/look-backs", Map.of("monthsAfterClosing", List.of()),
				f.problemId).json())).containsExactly("monthsAfterClosing");
		var early = work.office.post("/api/v1/problems/{id}/look-backs", Map.of("dueOn", TODAY.minusDays(1).toString()),
				f.problemId);
		assertThat(fields(early.json())).containsExactly("dueOn");
		long id = work.office.post("/api/v1/problems/{id}/look-backs", Map.of("dueOn", TODAY.toString()), f.problemId)
			.json().get(0).get("id").asLong();
		assertThat(work.department.post("/api/v1/look-backs/{id}/outcome", Map.of("outcome", "HELD"), id).status())
			.isEqualTo(403);
		var held = work.office.post("/api/v1/look-backs/{id}/outcome", Map.of("outcome", "HELD"), id);
		assertThat(held.json().get("outcome").asString()).isEqualTo("HELD");
		assertThat(f.api.get("/api/v1/problems/{id}", f.problemId).json().get("status").asString()).isEqualTo("CLOSED");
	}
}
