package org.zhenggai.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhenggai.support.FormSession;
import org.zhenggai.support.InspectionOffices;
import org.zhenggai.support.IntegrationTest;

/**
 * The inspection office's forms over real HTTP, as its staff use them: a round of inspections
 * recorded on the page, the units' rounds ticked into it, bad input answered in Chinese with
 * nothing stored, and the forms kept from those who may not manage rounds of inspections.
 */
class OfficeRoundFormsIT extends IntegrationTest {

	@Test
	void theOfficeRecordsARoundOfInspectionsAndAddsTwoUnitsThroughTheForms() {
		// given an office with three units below it, each with a round of its own in no round of inspections
		var offices = new InspectionOffices(admin());
		long office = offices.unit("测试区委巡察办", null);
		long roundA = offices.round(offices.unit("甲局", office), null, 30);
		long roundB = offices.round(offices.unit("乙局", office), null, 30);
		long roundC = offices.round(offices.unit("丙局", office), null, 30);
		var session = FormSession.logIn(port, offices.account(office, "INSPECTION_OFFICE"), InspectionOffices.password());

		// when the office opens its overview, the form offers its own office, chosen already
		var overview = session.get("/office-rounds").body();
		assertThat(overview).contains("新建巡察轮次", "巡察轮次名称", "巡察主体", "开始日期");
		assertThat(overview).containsPattern("<option value=\"" + office + "\" selected=\"selected\">测试区委巡察办");

		// and records 十三届区委第六轮巡察 through it
		var created = session.post("/office-rounds", Map.of("unitId", "" + office, "name", "十三届区委第六轮巡察" + offices.suffix,
				"inspectingBody", "区委巡察办", "startsOn", "2024-03-01"));

		// then it lands on the new round of inspections, told it was created, with the three rounds to add
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/office-rounds/\\d+$");
		long officeRound = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		var page = session.get("/office-rounds/" + officeRound).body();
		assertThat(page).contains("十三届区委第六轮巡察" + offices.suffix, "已新建巡察轮次", "纳入被巡察单位");
		assertThat(after(page, "id=\"link-rounds\"")).contains("甲局" + offices.suffix, "乙局" + offices.suffix,
				"丙局" + offices.suffix, "第" + offices.suffix + "轮巡察");

		// when it filters by a unit's name, only that unit's round is offered
		var filtered = session.get("/office-rounds/" + officeRound + "?unitName=" + encoded("甲局" + offices.suffix)).body();
		assertThat(after(filtered, "id=\"link-rounds\"")).contains("unlinked-" + roundA).doesNotContain("unlinked-" + roundB);

		// when it ticks 甲局 and 乙局 and adds them
		var linked = session.post("/office-rounds/" + officeRound + "/rounds",
				List.of(Map.entry("roundIds", "" + roundA), Map.entry("roundIds", "" + roundB)));

		// then the overview ranks both, says two were added, and offers only 丙局 still
		assertThat(linked.statusCode()).isEqualTo(302);
		var after = session.get("/office-rounds/" + officeRound).body();
		assertThat(after).contains("已纳入 2 个被巡察单位", "id=\"unit-" + roundA + "\"", "id=\"unit-" + roundB + "\"")
			.doesNotContain("id=\"unit-" + roundC + "\"");
		assertThat(after(after, "id=\"link-rounds\"")).contains("unlinked-" + roundC).doesNotContain("unlinked-" + roundA);
		assertThat(admin().get("/api/v1/office-rounds/{id}/rounds", officeRound).json().size()).isEqualTo(2);
		var stored = admin().get("/api/v1/office-rounds/{id}", officeRound).json();
		assertThat(stored.get("unitId").asLong()).isEqualTo(office);
		assertThat(stored.get("inspectingBody").asString()).isEqualTo("区委巡察办");
		assertThat(stored.get("startsOn").asString()).isEqualTo("2024-03-01");
	}

	@Test
	void badInputIsAnsweredInChineseBesideItsFieldAndNothingIsStored() {
		var offices = new InspectionOffices(admin());
		long office = offices.unit("测试区委巡察办", null);
		long officeRound = offices.officeRound(office, "十三届区委第六轮巡察");
		long roundA = offices.round(offices.unit("甲局", office), null, 30);
		long elsewhere = offices.round(offices.unit("外区某局", null), null, 30);
		var session = FormSession.logIn(port, offices.account(office, "INSPECTION_OFFICE"), InspectionOffices.password());
		session.get("/office-rounds");
		int before = roundsOfInspectionsOf(office);

		// a name left empty: the form again, the error beside the name, what was typed kept
		var page = session.post("/office-rounds", Map.of("unitId", "" + office, "name", " ",
				"inspectingBody", "区委巡察办", "startsOn", "2024-03-01"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("不能为空", "value=\"区委巡察办\"", "value=\"2024-03-01\"");
		// a date that is no date
		var badDate = session.post("/office-rounds", Map.of("unitId", "" + office, "name", "第七轮巡察",
				"inspectingBody", "区委巡察办", "startsOn", "2024-13-45"));
		assertThat(badDate.body()).contains("格式不正确", "value=\"第七轮巡察\"", "value=\"2024-13-45\"");
		// no office chosen
		var noOffice = session.post("/office-rounds", Map.of("unitId", "", "name", "第七轮巡察",
				"inspectingBody", "区委巡察办", "startsOn", ""));
		assertThat(noOffice.body()).contains("不能为空", "value=\"第七轮巡察\"");
		assertThat(roundsOfInspectionsOf(office)).isEqualTo(before);

		// nothing ticked: told so in Chinese
		session.get("/office-rounds/" + officeRound);
		var none = session.post("/office-rounds/" + officeRound + "/rounds", List.of());
		assertThat(none.statusCode()).isEqualTo(302);
		assertThat(session.get("/office-rounds/" + officeRound).body()).contains("请至少勾选一个要纳入的单位轮次");

		// one of two ticked rounds may not join: neither joins
		session.post("/office-rounds/" + officeRound + "/rounds",
				List.of(Map.entry("roundIds", "" + roundA), Map.entry("roundIds", "" + elsewhere)));
		assertThat(session.get("/office-rounds/" + officeRound).body()).contains("其巡察办不在该单位之上");
		assertThat(admin().get("/api/v1/office-rounds/{id}/rounds", officeRound).json().size()).isZero();
	}

	@Test
	void aRoleThatMayNotManageRoundsOfInspectionsSeesNoFormAndIsRefused() {
		var offices = new InspectionOffices(admin());
		long office = offices.unit("测试区委巡察办", null);
		long unit = offices.unit("甲局", office);
		long officeRound = offices.officeRound(office, "十三届区委第六轮巡察");
		long round = offices.round(unit, null, 30);
		var session = FormSession.logIn(port, offices.account(unit, "OFFICE"), InspectionOffices.password());
		session.get("/rounds");
		int before = roundsOfInspectionsOf(office);

		var overview = session.get("/office-rounds");
		var created = session.post("/office-rounds", Map.of("unitId", "" + office, "name", "第七轮巡察",
				"inspectingBody", "区委巡察办", "startsOn", "2024-03-01"));
		var linked = session.post("/office-rounds/" + officeRound + "/rounds", List.of(Map.entry("roundIds", "" + round)));

		assertThat(overview.statusCode()).isEqualTo(403);
		assertThat(overview.body()).doesNotContain("新建巡察轮次");
		assertThat(created.statusCode()).isEqualTo(403);
		assertThat(linked.statusCode()).isEqualTo(403);
		assertThat(roundsOfInspectionsOf(office)).isEqualTo(before);
		assertThat(admin().get("/api/v1/office-rounds/{id}/rounds", officeRound).json().size()).isZero();
	}

	private int roundsOfInspectionsOf(long office) {
		int count = 0;
		for (var officeRound : admin().get("/api/v1/office-rounds").json()) {
			if (officeRound.get("unitId").asLong() == office) {
				count++;
			}
		}
		return count;
	}

	private static String after(String page, String marker) {
		int at = page.indexOf(marker);
		assertThat(at).as("page holds " + marker).isNotNegative();
		return page.substring(at);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
