package org.zhenggai.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhenggai.support.Api;
import org.zhenggai.support.InspectionOffices;
import org.zhenggai.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The inspection office's overview of a round of inspections: figures per unit against a fixture
 * with known numbers, the ranking, units without progress, ratings with the look-back proposal, the
 * roll-up along the unit tree, and what the office and the units may not do.
 */
class OfficeOverviewIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	/** An office above three units: A half done with one late, B all done, C nothing reported and one late. */
	private final class Fixture {

		final InspectionOffices offices = new InspectionOffices(admin());
		final long office = offices.unit("测试区委巡察办", null);
		final long unitA = offices.unit("甲局", office);
		final long unitB = offices.unit("乙局", office);
		final long unitC = offices.unit("丙局", office);
		final long officeRound = offices.officeRound(office, "十三届区委第六轮巡察");
		final long roundA = offices.round(unitA, officeRound, 60);
		final long roundB = offices.round(unitB, officeRound, 60);
		final long roundC = offices.round(unitC, officeRound, 30);
		final long measureA;

		Fixture() {
			long problemA = offices.problem(roundA, "会议记录不规范问题");
			offices.progress(offices.measure(problemA, 10), "COMPLETED", 40);
			offices.progress(offices.measure(problemA, 10), "COMPLETED_ONGOING", 30);
			offices.measure(problemA, -5);
			measureA = offices.measure(problemA, 10);
			offices.progress(measureA, "IN_PROGRESS", 25);
			long problemB = offices.problem(roundB, "财务管理不规范问题");
			offices.progress(offices.measure(problemB, 10), "COMPLETED", 2);
			offices.progress(offices.measure(problemB, -3), "COMPLETED", 1);
			long problemC = offices.problem(roundC, "选人用人不规范问题");
			offices.problem(roundC, "党内政治生活不严肃问题");
			offices.measure(problemC, -1);
			offices.measure(problemC, 20);
		}
	}

	@Test
	void theOverviewShowsEachUnitsFiguresRankedAndTheTotals() {
		var f = new Fixture();

		var overview = admin().get("/api/v1/office-rounds/{id}/overview", f.officeRound).json();

		var totals = overview.get("totals");
		assertThat(totals.get("units").asLong()).isEqualTo(3);
		assertThat(totals.get("problems").asLong()).isEqualTo(4);
		assertThat(totals.get("measures").asLong()).isEqualTo(8);
		assertThat(totals.get("completed").asLong()).isEqualTo(4);
		assertThat(totals.get("overdue").asLong()).isEqualTo(2);
		assertThat(totals.get("completionRate").asLong()).isEqualTo(50);
		assertThat(totals.get("overdueRate").asLong()).isEqualTo(25);
		var ranking = overview.get("ranking");
		assertThat(names(ranking)).containsExactly("乙局" + f.offices.suffix, "甲局" + f.offices.suffix,
				"丙局" + f.offices.suffix);
		var a = ranking.get(1);
		assertThat(a.get("rank").asInt()).isEqualTo(2);
		assertThat(a.get("figures").get("completionRate").asLong()).isEqualTo(50);
		assertThat(a.get("figures").get("overdueRate").asLong()).isEqualTo(25);
		assertThat(a.get("lastProgress").asString()).isEqualTo(InspectionOffices.TODAY.minusDays(25).toString());
		var c = ranking.get(2);
		assertThat(c.get("figures").get("problems").asLong()).isEqualTo(2);
		assertThat(c.get("figures").get("overdueRate").asLong()).isEqualTo(50);
		assertThat(c.get("lastProgress").isNull()).isTrue();
	}

	@Test
	void theRankingComesInPagesWhenAskedWithTheTotalsStillOverEveryUnit() {
		var f = new Fixture();

		var first = admin().get("/api/v1/office-rounds/{id}/overview?size=2", f.officeRound).json();
		var second = admin().get("/api/v1/office-rounds/{id}/overview?size=2&page=1", f.officeRound).json();
		var past = admin().get("/api/v1/office-rounds/{id}/overview?size=2&page=5", f.officeRound).json();
		var whole = admin().get("/api/v1/office-rounds/{id}/overview", f.officeRound).json();

		assertThat(names(first.get("ranking"))).containsExactly("乙局" + f.offices.suffix, "甲局" + f.offices.suffix);
		assertThat(names(second.get("ranking"))).containsExactly("丙局" + f.offices.suffix);
		assertThat(second.get("ranking").get(0).get("rank").asInt()).isEqualTo(3);
		assertThat(second.get("rankingPage").get("number").asInt()).isEqualTo(1);
		assertThat(second.get("rankingPage").get("totalElements").asLong()).isEqualTo(3);
		assertThat(second.get("rankingPage").get("totalPages").asInt()).isEqualTo(2);
		assertThat(second.get("totals").get("units").asLong()).isEqualTo(3);
		assertThat(second.get("idle").size()).isEqualTo(whole.get("idle").size());
		assertThat(past.get("ranking").size()).isZero();
		assertThat(whole.get("ranking").size()).isEqualTo(3);
		assertThat(whole.get("rankingPage").get("totalPages").asInt()).isEqualTo(1);
		assertThat(admin().get("/api/v1/office-rounds/{id}/overview?size=0", f.officeRound).status()).isEqualTo(400);
		assertThat(admin().get("/api/v1/office-rounds/{id}/overview?size=2&page=-1", f.officeRound).status())
			.isEqualTo(400);
	}

	@Test
	void theUnitsWithoutProgressAreThoseQuietForLongerThanTheDaysChosen() {
		var f = new Fixture();

		var twenty = admin().get("/api/v1/office-rounds/{id}/overview?idleDays=20", f.officeRound).json();
		var twentyEight = admin().get("/api/v1/office-rounds/{id}/overview?idleDays=28", f.officeRound).json();
		var forty = admin().get("/api/v1/office-rounds/{id}/overview?idleDays=40", f.officeRound).json();

		// C never reported and was fed back 30 days ago; A last reported 25 days ago; B 1 day ago.
		assertThat(names(twenty.get("idle"))).containsExactly("丙局" + f.offices.suffix, "甲局" + f.offices.suffix);
		assertThat(names(twentyEight.get("idle"))).containsExactly("丙局" + f.offices.suffix);
		assertThat(forty.get("idle").size()).isZero();
		assertThat(admin().get("/api/v1/office-rounds/{id}/overview?idleDays=0", f.officeRound).status()).isEqualTo(400);
	}

	@Test
	void aUnitRatedPoorIsProposedForALookBackAndTheRatingIsAudited() {
		var f = new Fixture();
		var office = f.offices.as(f.offices.account(f.office, "INSPECTION_OFFICE"));

		var poor = office.put("/api/v1/rounds/{id}/rating", Map.of("rating", "POOR", "reason", "整改不到位，多项逾期"),
				f.roundC);
		var good = office.put("/api/v1/rounds/{id}/rating", Map.of("rating", "GOOD", "reason", "按期完成"), f.roundB);
		var noReason = office.put("/api/v1/rounds/{id}/rating", Map.of("rating", "FAIR", "reason", " "), f.roundA);
		var changed = office.put("/api/v1/rounds/{id}/rating", Map.of("rating", "FAIR", "reason", "基本完成"), f.roundB);

		assertThat(poor.status()).as(poor.toString()).isEqualTo(200);
		assertThat(poor.json().get("lookBackProposed").asBoolean()).isTrue();
		assertThat(good.json().get("lookBackProposed").asBoolean()).isFalse();
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(changed.json().get("rating").asString()).isEqualTo("FAIR");
		var proposals = office.get("/api/v1/office-rounds/{id}/look-back-proposals", f.officeRound).json();
		assertThat(proposals.size()).isEqualTo(1);
		assertThat(proposals.get(0).get("unitId").asLong()).isEqualTo(f.unitC);
		assertThat(proposals.get(0).get("reason").asString()).isEqualTo("整改不到位，多项逾期");
		var overview = office.get("/api/v1/office-rounds/{id}/overview", f.officeRound).json();
		assertThat(names(overview.get("lookBackProposals"))).containsExactly("丙局" + f.offices.suffix);
		assertThat(overview.get("ranking").get(0).get("rating").asString()).isEqualTo("FAIR");
		var trail = jdbc.sql("select action, before_state, after_state from audit_record where entity_type = 'unit-rating' "
				+ "and entity_id = :id order by id").param("id", changed.json().get("id").asLong())
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " → " + rs.getString(3)).list();
		assertThat(trail).hasSize(2);
		assertThat(trail.get(0)).startsWith("CREATE").contains("按期完成");
		assertThat(trail.get(1)).startsWith("UPDATE").contains("按期完成", "基本完成");
	}

	@Test
	void aRoundOutsideAnyRoundOfInspectionsCannotBeRated() {
		var f = new Fixture();
		long loose = f.offices.round(f.unitA, null, 10);

		var response = admin().put("/api/v1/rounds/{id}/rating", Map.of("rating", "GOOD", "reason", "好"), loose);

		assertThat(response.status()).isEqualTo(409);
	}

	@Test
	void aCityOfficeSeesItsOwnRoundsAndTheFiguresOfTheCountyOfficesRolledUp() {
		var offices = new InspectionOffices(admin());
		long city = offices.unit("测试市委巡察办", null);
		long countyOne = offices.unit("一县巡察办", city);
		long countyTwo = offices.unit("二县巡察办", city);
		long cityBureau = offices.unit("市局", city);
		long schoolOne = offices.unit("一县学校", countyOne);
		long schoolTwo = offices.unit("二县学校", countyTwo);
		long cityRound = offices.officeRound(city, "市委第三轮巡察");
		long countyOneRound = offices.officeRound(countyOne, "一县第五轮巡察");
		long countyTwoRound = offices.officeRound(countyTwo, "二县第五轮巡察");
		offices.progress(offices.measure(offices.problem(offices.round(cityBureau, cityRound, 20), "问题一"), 5), "COMPLETED", 1);
		offices.measure(offices.problem(offices.round(schoolOne, countyOneRound, 20), "问题二"), -2);
		offices.progress(offices.measure(offices.problem(offices.round(schoolTwo, countyTwoRound, 20), "问题三"), 5),
				"COMPLETED", 1);
		offices.measure(offices.problem(offices.round(schoolTwo, countyTwoRound, 20), "问题四"), 5);
		var cityOffice = offices.as(offices.account(city, "INSPECTION_OFFICE"));
		var countyOffice = offices.as(offices.account(countyOne, "INSPECTION_OFFICE"));

		var cityView = cityOffice.get("/api/v1/office-overview").json();
		var countyView = countyOffice.get("/api/v1/office-overview").json();

		assertThat(ids(cityView.get("rounds"))).containsExactlyInAnyOrder(cityRound, countyOneRound, countyTwoRound);
		var branches = new ArrayList<String>();
		cityView.get("branches").forEach(b -> branches.add(b.get("name").asString() + " " + b.get("figures").get("measures")
				+ "/" + b.get("figures").get("completed") + "/" + b.get("figures").get("overdue")));
		assertThat(branches).containsExactlyInAnyOrder("测试市委巡察办" + offices.suffix + " 1/1/0",
				"一县巡察办" + offices.suffix + " 1/0/1", "二县巡察办" + offices.suffix + " 2/1/0");
		assertThat(ids(countyView.get("rounds"))).containsExactly(countyOneRound);
		assertThat(countyOffice.get("/api/v1/office-rounds/{id}/overview", countyTwoRound).status()).isEqualTo(404);
		assertThat(cityOffice.get("/api/v1/office-rounds/{id}/overview", countyTwoRound).json().get("totals")
			.get("measures").asLong()).isEqualTo(2);
	}

	@Test
	void theOfficeReadsAUnitsLedgerButCannotChangeIt() {
		var f = new Fixture();
		var office = f.offices.as(f.offices.account(f.office, "INSPECTION_OFFICE"));

		var ledger = office.get("/api/v1/rounds/{id}/ledger", f.roundA);
		var progress = office.post("/api/v1/measures/{id}/progress", Map.of("text", "代为填报", "phrase", "COMPLETED"),
				f.measureA);
		var measure = office.post("/api/v1/problems/{id}/measures", Map.of("text", "新增措施", "kind", "IMMEDIATE"),
				ledger.json().get("content").get(0).get("problemId").asLong());

		assertThat(ledger.status()).isEqualTo(200);
		assertThat(ledger.json().get("content").size()).isEqualTo(4);
		assertThat(progress.status()).isIn(403, 404);
		assertThat(measure.status()).isIn(403, 404);
	}

	@Test
	void aUnitCannotSeeTheFiguresOfItsRoundOfInspections() {
		var f = new Fixture();
		var unitOffice = f.offices.as(f.offices.account(f.unitA, "OFFICE"));
		var otherOffice = f.offices.as(f.offices.account(f.offices.unit("他办", null), "INSPECTION_OFFICE"));

		assertThat(unitOffice.get("/api/v1/office-rounds/{id}/overview", f.officeRound).status()).isEqualTo(403);
		assertThat(unitOffice.get("/api/v1/office-overview").status()).isEqualTo(403);
		assertThat(unitOffice.get("/api/v1/rounds/{id}/ledger", f.roundB).status()).isEqualTo(404);
		assertThat(otherOffice.get("/api/v1/office-rounds/{id}/overview", f.officeRound).status()).isEqualTo(404);
		assertThat(otherOffice.get("/api/v1/office-overview").json().get("rounds").size()).isZero();
	}

	private static List<String> names(JsonNode units) {
		var names = new ArrayList<String>();
		units.forEach(u -> names.add(u.get("unitName").asString()));
		return names;
	}

	private static List<Long> ids(JsonNode rounds) {
		var ids = new ArrayList<Long>();
		rounds.forEach(r -> ids.add(r.get("id").asLong()));
		return ids;
	}
}
