package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.StatementLog;

/**
 * What one ledger page costs the database through the API, bearer token included: on a busy
 * machine each round trip costs milliseconds, so their number sets how far the API stays behind
 * plain SQL (docs/BENCHMARKS.md). It was 18 (the account read three times, three transactions).
 */
@Import(StatementLog.class)
class LedgerStatementsIT extends IntegrationTest {

	/** the token with its account; the round's unit for the access check; the page; its assisting departments */
	static final int MOST = 4;

	@Autowired
	StatementLog log;

	@Test
	void oneLedgerPageTakesAtMostFourStatements() {
		var f = fixture();
		f.measure("建立健全制度", f.officeId, 30);
		String path = "/api/v1/rounds/" + f.roundId + "/ledger";

		var response = f.api.get(path + "?size=50");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("content").size()).isEqualTo(1);
		var sent = log.of(path + "?size=50");
		assertThat(sent).as("statements sent for one ledger page:%n%s", String.join("\n", sent)).hasSizeLessThanOrEqualTo(MOST)
			.anyMatch(sql -> sql.contains("api_token"))
			.anyMatch(sql -> sql.contains("measure_assisting_department"));
	}

	@Test
	void aDepartmentSeesItsOwnRowsForNoMoreStatements() {
		var f = fixture();
		f.measure("建立健全制度", f.officeId, 30);
		f.measure("开展专项检查", f.teachingId, 30);
		var teaching = f.account("DEPARTMENT", f.teachingId, null);
		String path = "/api/v1/rounds/" + f.roundId + "/ledger";

		var response = teaching.get(path + "?size=20");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("content").size()).as("only the measure it leads").isEqualTo(1);
		var sent = log.of(path + "?size=20");
		assertThat(sent).as("statements sent for one ledger page:%n%s", String.join("\n", sent)).hasSizeLessThanOrEqualTo(MOST)
			.anyMatch(sql -> sql.contains("api_token"))
			.anyMatch(sql -> sql.contains("measure_assisting_department"));
	}
}
