package org.zhenggai.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhenggai.audit.AuditChain;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.StoredStatuses;

/**
 * The generator on the test database (H2, then PostgreSQL): what it reports is what it wrote, the
 * application reads it like its own data, the audit chain stays whole, and a seed always gives the
 * same data.
 */
class GeneratorIT extends IntegrationTest {

	/** Each table's generated rows, found from the province down. */
	private static final String SUBTREE = """
			with recursive tree (id) as (select id from unit where id = :province
			  union all select u.id from unit u join tree on u.parent_id = tree.id)
			""";

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditChain chain;

	@Autowired
	Clock clock;

	@Test
	void writesWhatItReportsInAShapeTheLedgerReads() {
		LocalDate today = LocalDate.now(clock);

		var report = generator.generate(3, 11, today, false);

		long province = report.provinceId();
		assertThat(count(province, "select count(*) from unit where id in (select id from tree)"))
			.isEqualTo(report.rows("unit")).isEqualTo(1 + 1 + 1 + 3);
		assertThat(count(province, "select count(*) from department where unit_id in (select id from tree)"))
			.isEqualTo(report.rows("department"));
		assertThat(count(province, "select count(*) from person where unit_id in (select id from tree)"))
			.isEqualTo(report.rows("person"));
		assertThat(count(province, "select count(*) from inspection_round where unit_id in (select id from tree)"))
			.isEqualTo(report.rows("inspection_round")).isEqualTo(3);
		assertThat(count(province, inRounds("category"))).isEqualTo(report.rows("category"));
		assertThat(count(province, inRounds("problem"))).isEqualTo(report.rows("problem")).isBetween(60L, 120L);
		assertThat(count(province, inRounds("measure"))).isEqualTo(report.rows("measure"))
			.isBetween(3 * report.rows("problem"), 6 * report.rows("problem"));
		assertThat(count(province, "select count(*) from progress_report where measure_id in (" + measures() + ")"))
			.isEqualTo(report.rows("progress_report")).isPositive();
		assertThat(count(province, "select count(*) from closure_request where measure_id in (" + measures() + ")"))
			.isEqualTo(report.rows("closure_request"));
		assertThat(count(province, "select count(*) from manifestation where problem_id in (select id from problem where "
				+ "round_id in (select id from inspection_round where unit_id in (select id from tree)))"))
			.isEqualTo(report.rows("manifestation"));
		assertThat(report.totalRows()).isEqualTo(report.tables().stream().mapToLong(t -> t.rows()).sum());
		assertThat(StoredStatuses.disagreeing(jdbc)).as("each measure's stored status follows its reports").isEmpty();
		assertThat(StoredStatuses.disagreeingRounds(jdbc)).as("each round's figures follow its measures").isEmpty();

		long round = jdbc.sql(SUBTREE + "select min(id) from inspection_round where unit_id in (select id from tree)")
			.param("province", province).query(Long.class).single();
		long measuresOfRound = jdbc.sql("select count(*) from measure where round_id = :r").param("r", round)
			.query(Long.class).single();
		var ledger = admin().get("/api/v1/rounds/{id}/ledger?size=500", round);
		assertThat(ledger.status()).isEqualTo(200);
		assertThat(ledger.json().get("totalElements").asLong()).isEqualTo(measuresOfRound);
		var rows = ledger.json().get("content");
		assertThat(rows.valueStream().map(r -> r.get("measureText").asString())).allMatch(t -> !t.isBlank());
		long closedInSql = jdbc.sql("select count(*) from measure where round_id = :r and closed_on is not null")
			.param("r", round).query(Long.class).single();
		assertThat(rows.valueStream().filter(r -> r.get("status").asString().equals("CLOSED")).count())
			.isEqualTo(closedInSql);
		assertThat(admin().get("/api/v1/rounds/{id}/ledger?overdue=true&sort=DEADLINE", round).status()).isEqualTo(200);
		assertThat(admin().get("/api/v1/rounds/{id}/ledger?sort=STATUS", round).status()).as("overdue first").isEqualTo(200);

		long officeRound = jdbc.sql(SUBTREE + "select o.id from office_round o where o.unit_id in (select id from tree)")
			.param("province", province).query(Long.class).single();
		assertThat(report.rows("office_round")).as("one round of inspections for the one county").isEqualTo(1);
		assertThat(count(province, "select count(*) from inspection_round where office_round_id = " + officeRound))
			.as("every unit round is in its county's round of inspections").isEqualTo(3);
		assertThat(count(province, "select count(*) from office_round o join unit county on county.id = o.unit_id "
				+ "join unit city on city.id = county.parent_id where o.id = " + officeRound + " and city.parent_id = :province"))
			.as("run by the county's office").isEqualTo(1);
		var overview = admin().get("/api/v1/office-rounds/{id}/overview", officeRound);
		assertThat(overview.status()).isEqualTo(200);
		assertThat(overview.json().get("totals").get("units").asLong()).isEqualTo(3);
		assertThat(overview.json().get("totals").get("measures").asLong()).isEqualTo(report.rows("measure"));
		var rollUp = admin().get("/api/v1/office-overview");
		assertThat(rollUp.status()).isEqualTo(200);
		assertThat(rollUp.json().get("rounds").valueStream().filter(r -> r.get("id").asLong() == officeRound)
			.map(r -> r.get("figures").get("units").asLong()).toList()).containsExactly(3L);

		assertThat(chain.verify().intact()).as("the audit chain stays whole").isTrue();
		assertThat(admin().post("/api/v1/units", java.util.Map.of("name", "生成之后新建的单位")).status())
			.as("new rows get ids after the generated ones").isEqualTo(201);
	}

	@Test
	void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
		LocalDate today = LocalDate.of(2026, 3, 1);

		var first = generator.generate(3, 2024, today, false);
		var second = generator.generate(3, 2024, today, false);
		var other = generator.generate(3, 2025, today, false);

		assertThat(second.tables().stream().map(t -> t.rows()).toList())
			.isEqualTo(first.tables().stream().map(t -> t.rows()).toList());
		assertThat(content(second.provinceId())).isEqualTo(content(first.provinceId())).isNotEmpty();
		assertThat(content(other.provinceId())).isNotEqualTo(content(first.provinceId()));
	}

	@Test
	void theProvinceLevelPutsEveryUnitRoundIntoOneRoundOfInspections() {
		var report = generator.generate(5, 7, LocalDate.now(clock), false, OfficeLevel.PROVINCE);

		long province = report.provinceId();
		assertThat(report.rows("office_round")).isEqualTo(1);
		long officeRound = jdbc.sql("select id from office_round where unit_id = :province").param("province", province)
			.query(Long.class).single();
		assertThat(count(province, "select count(*) from inspection_round where unit_id in (select id from tree) "
				+ "and office_round_id = " + officeRound)).isEqualTo(5);
		assertThat(admin().get("/api/v1/office-rounds/{id}/overview", officeRound).json().get("ranking").size())
			.isEqualTo(5);
	}

	@Test
	void addingTheOfficeLevelLaterGivesWhatGeneratingGives() {
		LocalDate today = LocalDate.of(2026, 3, 1);
		long province = generator.generate(120, 5, today, false).provinceId();
		var generated = officeLevel(province);
		var officeRounds = jdbc.sql(SUBTREE + "select id from office_round where unit_id in (select id from tree)")
			.param("province", province).query(Long.class).list();
		jdbc.sql("update inspection_round set office_round_id = null where office_round_id in (:ids)")
			.param("ids", officeRounds).update();
		jdbc.sql("delete from office_round where id in (:ids)").param("ids", officeRounds).update();

		int linked = generator.addOfficeLevel(province, OfficeLevel.COUNTY, today);

		assertThat(linked).isEqualTo(120);
		assertThat(officeLevel(province)).isEqualTo(generated).hasSize(120);
		assertThat(generator.addOfficeLevel(province, OfficeLevel.PROVINCE, today))
			.as("rounds already in a round of inspections stay there").isZero();
		assertThat(count(province, "select count(*) from office_round where unit_id in (select id from tree)"))
			.as("and no empty round of inspections is added").isEqualTo(2);
		assertThat(chain.verify().intact()).isTrue();
	}

	/** Each unit round with the name, office and start of the round of inspections it belongs to. */
	private List<String> officeLevel(long province) {
		return jdbc.sql(SUBTREE + """
				select r.name, o.name, ou.name, o.inspecting_body, o.starts_on from inspection_round r
				join office_round o on o.id = r.office_round_id join unit ou on ou.id = o.unit_id
				where r.unit_id in (select id from tree) order by r.id
				""")
			.param("province", province)
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					String.valueOf(rs.getObject(5))))
			.list();
	}

	/** Everything a person reads of the generated measures, in generated order, without ids. */
	private List<String> content(long province) {
		return jdbc.sql(SUBTREE + """
				select u.name, p.title, m.text, m.kind, m.deadline, m.closed_on,
				       (select count(*) from progress_report r where r.measure_id = m.id),
				       (select max(r.reported_on) from progress_report r where r.measure_id = m.id)
				from measure m join problem p on p.id = m.problem_id join inspection_round r on r.id = m.round_id
				join unit u on u.id = r.unit_id
				where r.unit_id in (select id from tree) order by m.id
				""")
			.param("province", province)
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					String.valueOf(rs.getObject(5)), String.valueOf(rs.getObject(6)), rs.getString(7),
					String.valueOf(rs.getObject(8))))
			.list();
	}

	private long count(long province, String sql) {
		return jdbc.sql(SUBTREE + sql).param("province", province).query(Long.class).single();
	}

	private static String inRounds(String table) {
		return "select count(*) from " + table + " where round_id in (select id from inspection_round where unit_id in "
				+ "(select id from tree))";
	}

	private static String measures() {
		return "select id from measure where round_id in (select id from inspection_round where unit_id in "
				+ "(select id from tree))";
	}
}
