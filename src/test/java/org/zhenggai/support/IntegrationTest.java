package org.zhenggai.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port, on the database this run is for (H2 or PostgreSQL), driven
 * over real HTTP. Tests share one application, so each builds the data it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Import(CleanDatabaseOnce.class)
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	protected Api admin() {
		return Api.asAdmin(port);
	}

	protected LedgerFixture fixture() {
		return LedgerFixture.create(admin());
	}
}
