package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.FormSession;

/** Web sessions are kept in the database and end after 30 idle minutes unless configured otherwise. */
class SessionsIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoginIsASessionRowThatEndsAfterThirtyIdleMinutesAndIsGoneAfterLogout() {
		var person = FormSession.logIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
		assertThat(person.loggedIn()).isTrue();

		var row = jdbc.sql("""
				select max_inactive_interval, expiry_time - last_access_time as idle_millis
				from spring_session where principal_name = 'admin' order by last_access_time desc
				""").query().listOfRows().get(0);
		assertThat(((Number) row.get("max_inactive_interval")).intValue()).isEqualTo(30 * 60);
		assertThat(((Number) row.get("idle_millis")).longValue()).isEqualTo(30 * 60 * 1000L);

		person.logOut();
		assertThat(person.loggedIn()).isFalse();
	}

	@Test
	void theApiStaysStatelessAndLeavesNoSession() {
		long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();

		admin().get("/api/v1/rounds");

		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before);
	}
}
