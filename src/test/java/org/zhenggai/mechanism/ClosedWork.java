package org.zhenggai.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.zhenggai.support.Api;
import org.zhenggai.support.LedgerFixture;

/**
 * Closes work the way a unit does (销号): the department reports completion with evidence and asks,
 * the office reviews, the responsible leader approves; the office then confirms the problem closed.
 */
public final class ClosedWork {

	public final Api office;
	public final Api department;
	public final Api leader;
	private final LedgerFixture fixture;

	public ClosedWork(LedgerFixture fixture) {
		this.fixture = fixture;
		this.office = fixture.account("OFFICE", null, null);
		this.department = fixture.account("DEPARTMENT", fixture.officeId, null);
		this.leader = fixture.account("LEADER", null, fixture.leaderId);
	}

	/** A measure of the fixture's problem, led by its office department, completed with evidence and closed. */
	public long closedMeasure(String text) {
		long measureId = fixture.measure(text, fixture.officeId, 10);
		department.postProgressWithFiles(measureId, Map.of("text", text + "，已完成", "phrase", "COMPLETED"),
				Map.of("佐证.txt", "已完成".getBytes()));
		long request = department.post("/api/v1/measures/{id}/closures", Map.of("summary", "已完成"), measureId).id();
		assertThat(office.post("/api/v1/closures/{id}/review", Map.of("approve", true, "version", 0), request).status())
			.isEqualTo(200);
		var approval = leader.post("/api/v1/closures/{id}/approval", Map.of("approve", true, "version", 1), request);
		assertThat(approval.json().get("status").asString()).as(approval.toString()).isEqualTo("CLOSED");
		return measureId;
	}

	/** The fixture's problem with one closed measure, confirmed closed by the office. */
	public long closedProblem() {
		closedMeasure("修订会议记录制度");
		var confirmed = office.post("/api/v1/problems/{id}/closure", Map.of(), fixture.problemId);
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		return fixture.problemId;
	}
}
