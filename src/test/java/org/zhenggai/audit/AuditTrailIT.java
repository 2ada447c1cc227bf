package org.zhenggai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhenggai.support.IntegrationTest;

/** Every change to rectification data leaves a record of who, when, what, before and after. */
class AuditTrailIT extends IntegrationTest {

	@Autowired
	AuditLog audit;

	@Test
	void everyChangeLeavesARecord() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		f.api.patch("/api/v1/measures/{id}", Map.of("version", 0, "text", "修订并印发议事规则"), measureId);
		long progressId = f.api.post("/api/v1/measures/{id}/progress", Map.of("text", "已印发", "phrase", "COMPLETED"),
				measureId).id();

		assertThat(audit.trailOf("unit", f.unitId)).singleElement()
			.satisfies(r -> assertThat(r.action()).isEqualTo(AuditAction.CREATE));
		assertThat(audit.trailOf("department", f.officeId)).hasSize(1);
		assertThat(audit.trailOf("person", f.staffId)).hasSize(1);
		assertThat(audit.trailOf("round", f.roundId)).hasSize(1);
		assertThat(audit.trailOf("category", f.categoryId)).hasSize(1);
		assertThat(audit.trailOf("problem", f.problemId)).hasSize(1);
		assertThat(audit.trailOf("progress", progressId)).hasSize(1);

		var measureTrail = audit.trailOf("measure", measureId);
		assertThat(measureTrail).extracting(AuditRecord::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
		var update = measureTrail.get(1);
		assertThat(update.actor()).isEqualTo("admin");
		assertThat(update.beforeState()).contains("修订议事规则");
		assertThat(update.afterState()).contains("修订并印发议事规则");
		assertThat(update.occurredAt()).isNotNull();
	}

	@Test
	void aRefusedChangeLeavesNoRecord() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);

		f.api.patch("/api/v1/measures/{id}", Map.of("version", 0, "leadDepartmentId", 999_999), measureId);

		assertThat(audit.trailOf("measure", measureId)).hasSize(1);
	}
}
