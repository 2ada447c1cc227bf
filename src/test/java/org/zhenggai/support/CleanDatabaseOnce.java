package org.zhenggai.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Empties the test schema once per test run, before the first migration, so a PostgreSQL run
 * starts from nothing; later contexts of the same run (a restart) keep the data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseOnce {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			if (CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}
}
