package org.zhenggai.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of an integration test run from the system property
 * {@code zhenggai.test.database} ({@code h2} or {@code postgres}); the build runs the same suite
 * once with each.
 */
public class TestDatabase implements ActiveProfilesResolver {

	public static String current() {
		return System.getProperty("zhenggai.test.database", "h2");
	}

	/**
	 * Each test run has a PostgreSQL schema of its own, so runs on one machine never clean each
	 * other's data; the schema is dropped when the run ends.
	 */
	public static final String SCHEMA = "zhenggai_it_" + ProcessHandle.current().pid();

	static {
		System.setProperty("zhenggai.test.schema", SCHEMA);
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropSchema));
	}

	private static void dropSchema() {
		if (!current().equals("postgres")) {
			return;
		}
		try (var connection = java.sql.DriverManager.getConnection(
				System.getProperty("zhenggai.test.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres"), "postgres", "");
				var statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
		catch (java.sql.SQLException ignored) {
			// the server is gone already; the next run's schema has another name anyway
		}
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return new String[] { "it", "it-" + current() };
	}
}
