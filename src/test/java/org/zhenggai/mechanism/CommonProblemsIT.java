package org.zhenggai.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.Api;
import org.zhenggai.support.InspectionOffices;
import org.zhenggai.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The common-problem list (共性问题清单): problem texts of the reference reports, and the same
 * problems as another unit words them, group together; different problems stay apart; the office
 * titles, confirms and publishes; each unit then sees the list beside its own problems.
 */
class CommonProblemsIT extends IntegrationTest {

	private final class Fixture {

		final InspectionOffices offices = new InspectionOffices(admin());
		final long office = offices.unit("测试区委巡察办", null);
		final long unitA = offices.unit("甲局", office);
		final long unitB = offices.unit("乙局", office);
		final long unitC = offices.unit("丙局", office);
		final long officeRound = offices.officeRound(office, "十三届区委第六轮巡察");
		final long roundA = offices.round(unitA, officeRound, 30);
		final long roundB = offices.round(unitB, officeRound, 30);
		final long roundC = offices.round(unitC, officeRound, 30);
		// Texts of the reference reports (000, 004) in A; B and C state some of the same problems in their own words.
		final long tripleA = offices.problem(roundA, "未严格执行三重一大决策制度");
		final long firstTopicA = offices.problem(roundA, "针对落实“第一议题”不到位问题。");
		final long financeA = offices.problem(roundA, "针对财务规范漏洞反复不止问题。");
		final long tripleB = offices.problem(roundB, "“三重一大”决策制度执行不严格");
		final long firstTopicB = offices.problem(roundB, "落实“第一议题”制度不到位");
		final long hiringB = offices.problem(roundB, "针对教师招聘质量欠缺问题。");
		final long titlesC = offices.problem(roundC, "针对职称评审难题待破解问题。");
		final long financeC = offices.problem(roundC, "财务管理不规范，漏洞反复出现");
		final long biddingC = offices.problem(roundC, "针对招标采购监督缺失问题。");
		final long worksA = offices.problem(roundA, "针对小额工程监督缺失问题。");
		final Api inspectionOffice = offices.as(offices.account(office, "INSPECTION_OFFICE"));
	}

	@Test
	void similarTextsOfDifferentUnitsGroupAndDifferentOnesDoNot() {
		var f = new Fixture();

		var grouped = f.inspectionOffice.post("/api/v1/office-rounds/{id}/common-problems/grouping", Map.of(), f.officeRound);

		assertThat(grouped.status()).as(grouped.toString()).isEqualTo(200);
		assertThat(groups(grouped.json())).containsExactlyInAnyOrder(Set.of(f.tripleA, f.tripleB),
				Set.of(f.firstTopicA, f.firstTopicB), Set.of(f.financeA, f.financeC));
		var triple = find(grouped.json(), f.tripleA);
		assertThat(triple.get("units").asLong()).isEqualTo(2);
		assertThat(triple.get("confirmed").asBoolean()).isFalse();
		assertThat(triple.get("title").asString()).isIn("未严格执行三重一大决策制度", "“三重一大”决策制度执行不严格");
		assertThat(find(grouped.json(), f.firstTopicA).get("title").asString()).doesNotStartWith("针对").doesNotEndWith("。");
		assertThat(grouped.json().toString()).doesNotContain("职称评审", "教师招聘", "招标采购", "小额工程");
	}

	@Test
	void theOfficeTitlesConfirmsAndPublishesAndEachUnitSeesItsOwnProblemsUnderTheList() {
		var f = new Fixture();
		var groups = f.inspectionOffice.post("/api/v1/office-rounds/{id}/common-problems/grouping", Map.of(), f.officeRound)
			.json();
		long triple = find(groups, f.tripleA).get("id").asLong();
		long finance = find(groups, f.financeA).get("id").asLong();
		var nothingConfirmed = f.inspectionOffice.post("/api/v1/office-rounds/{id}/common-problems/publication", Map.of(),
				f.officeRound);

		var titled = f.inspectionOffice.patch("/api/v1/common-problems/{id}",
				Map.of("title", "“三重一大”决策制度执行不严格", "confirmed", true), triple);
		f.inspectionOffice.patch("/api/v1/common-problems/{id}", Map.of("title", "财务管理不规范", "confirmed", true), finance);
		var published = f.inspectionOffice.post("/api/v1/office-rounds/{id}/common-problems/publication", Map.of(),
				f.officeRound);

		assertThat(nothingConfirmed.status()).isEqualTo(409);
		assertThat(titled.json().get("confirmed").asBoolean()).isTrue();
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		assertThat(published.json().get("publishedAt").isNull()).isFalse();
		var unitB = f.offices.as(f.offices.account(f.unitB, "OFFICE"));
		var seenByB = unitB.get("/api/v1/rounds/{id}/common-problems", f.roundB);
		assertThat(seenByB.status()).isEqualTo(200);
		var entries = seenByB.json().get("commonProblems");
		assertThat(entries.size()).as("only confirmed common problems are published").isEqualTo(2);
		assertThat(entries.get(0).get("title").asString()).isEqualTo("“三重一大”决策制度执行不严格");
		assertThat(entries.get(0).get("units").asLong()).isEqualTo(2);
		assertThat(entries.get(0).get("ownProblems").get(0).get("problemId").asLong()).isEqualTo(f.tripleB);
		assertThat(entries.get(1).get("ownProblems").size()).as("B was not found to have the finance problem").isZero();
		assertThat(seenByB.json().toString()).as("another unit's texts").doesNotContain("未严格执行三重一大决策制度",
				"漏洞反复出现");
		assertThat(unitB.get("/api/v1/office-rounds/{id}/common-problems", f.officeRound).status()).isEqualTo(403);
		assertThat(f.inspectionOffice.post("/api/v1/office-rounds/{id}/common-problems/grouping", Map.of(), f.officeRound)
			.status()).isEqualTo(409);
		assertThat(f.inspectionOffice.patch("/api/v1/common-problems/{id}", Map.of("title", "改", "confirmed", true), triple)
			.status()).isEqualTo(409);
	}

	@Test
	void beforePublishingAUnitSeesNoListAndAnOfficeOutsideCannotTouchIt() {
		var f = new Fixture();
		var groups = f.inspectionOffice.post("/api/v1/office-rounds/{id}/common-problems/grouping", Map.of(), f.officeRound)
			.json();
		var stranger = f.offices.as(f.offices.account(f.offices.unit("他办", null), "INSPECTION_OFFICE"));
		var unitA = f.offices.as(f.offices.account(f.unitA, "OFFICE"));

		var before = unitA.get("/api/v1/rounds/{id}/common-problems", f.roundA).json();

		assertThat(before.get("publishedAt").isNull()).isTrue();
		assertThat(before.get("commonProblems").size()).isZero();
		assertThat(unitA.get("/api/v1/rounds/{id}/common-problems", f.roundB).status()).isEqualTo(404);
		assertThat(stranger.patch("/api/v1/common-problems/{id}", Map.of("title", "改", "confirmed", true),
				groups.get(0).get("id").asLong()).status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/office-rounds/{id}/common-problems/publication", Map.of(), f.officeRound).status())
			.isEqualTo(404);
	}

	private static List<Set<Long>> groups(JsonNode commonProblems) {
		var groups = new ArrayList<Set<Long>>();
		commonProblems.forEach(c -> {
			var ids = new HashSet<Long>();
			c.get("problems").forEach(p -> ids.add(p.get("problemId").asLong()));
			groups.add(ids);
		});
		return groups;
	}

	private static JsonNode find(JsonNode commonProblems, long problemId) {
		for (var c : commonProblems) {
			for (var p : c.get("problems")) {
				if (p.get("problemId").asLong() == problemId) {
					return c;
				}
			}
		}
		throw new AssertionError("problem " + problemId + " is in no group: " + commonProblems);
	}
}
