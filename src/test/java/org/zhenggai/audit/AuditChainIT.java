package org.zhenggai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhenggai.support.IntegrationTest;

/** The audit trail proves itself: an edited record is found, and named, by verification. */
class AuditChainIT extends IntegrationTest {

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIntactTrailVerifies() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		f.api.patch("/api/v1/measures/{id}", Map.of("version", 0, "text", "修订并印发议事规则"), measureId);

		var result = chain.verify();

		assertThat(result.intact()).as(String.valueOf(result)).isTrue();
		assertThat(result.recordsChecked()).isGreaterThan(5);
	}

	@Test
	void anEditedRecordBreaksTheChainThere() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		long recordId = jdbc.sql("select max(id) from audit_record where entity_type = 'measure' and entity_id = :id")
			.param("id", measureId).query(Long.class).single();
		String original = jdbc.sql("select after_state from audit_record where id = :id").param("id", recordId)
			.query(String.class).single();
		try {
			jdbc.sql("update audit_record set after_state = :forged where id = :id")
				.param("forged", original.replace("修订议事规则", "无需整改")).param("id", recordId).update();

			var result = chain.verify();

			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(recordId);
			assertThat(result.reason()).contains("hash");
		}
		finally {
			jdbc.sql("update audit_record set after_state = :original where id = :id")
				.param("original", original).param("id", recordId).update();
		}
		assertThat(chain.verify().intact()).isTrue();
	}
}
