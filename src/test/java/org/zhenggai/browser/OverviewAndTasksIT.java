package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The pages that say where things stand: a round's overview, and a department's own tasks. */
class OverviewAndTasksIT extends BrowserTest {

	@Test
	void theOverviewShowsTheCountsTheChartsAndTheLateWork() {
		// given a round with seven measures: one done, one late, two due within a week
		var work = Workload.of(fixture());
		logInAsAdministrator();

		// when the office opens the round
		browser.open("/rounds/" + work.unit.roundId);
		browser.waitUntil("both charts to be drawn", () -> browser.all(".zg-chart canvas").size() == 2);
		browser.screenshot("overview");

		// then the counts add up
		assertThat(counts()).containsExactly(Map.entry("问题", "1"), Map.entry("整改措施", "7"),
				Map.entry("已完成（14%）", "1"), Map.entry("正在整改", "0"), Map.entry("未开始", "6"), Map.entry("逾期", "1"));
		assertThat(browser.text("#overdue-count")).isEqualTo("1");

		// and the late list names the late measure, its department and how late it is
		assertThat(rowsOf("#overdue")).containsExactly("开展会议记录专项检查 办公室 " + monthDay(-3) + " 已逾期 3 天");
		assertThat(rowsOf("#due-soon")).containsExactly(
				"完善党组会议记录模板 办公室 " + monthDay(3) + " 剩余 3 天",
				"规范基础教育科会议记录 基础教育科 " + monthDay(5) + " 剩余 5 天");
		assertThat(browser.errors()).isEmpty();

		// and the overdue count leads to the ledger of late work
		browser.submit("#overdue-count");
		assertThat(browser.path()).isEqualTo("/rounds/" + work.unit.roundId + "/ledger?overdue=true");
		assertThat(browser.text("#ledger-count")).isEqualTo("共 1 项整改措施");
		assertThat(browser.has("#row-" + work.overdue)).isTrue();
		browser.screenshot("ledger-overdue");
	}

	@Test
	void myTasksGroupsTheMeasuresOfADepartmentByWhenTheyAreDue() {
		// given a round where 办公室 leads five measures and assists one
		var work = Workload.of(fixture());
		logInAsAdministrator();

		// when 办公室's tasks are opened
		browser.open("/my-tasks?departmentId=" + work.unit.officeId);
		browser.screenshot("my-tasks");

		// then its six measures are grouped by urgency, and 基础教育科's own work is not among them
		assertThat(browser.text("h1")).isEqualTo("我的任务 · 办公室");
		assertThat(browser.text("#tasks-count")).isEqualTo("共 6 项整改措施");
		assertThat(tasksIn("OVERDUE")).containsExactly(work.overdue);
		assertThat(tasksIn("DUE_SOON")).containsExactly(work.dueSoon);
		assertThat(tasksIn("LATER")).containsExactly(work.later, work.assisted);
		assertThat(tasksIn("ONGOING")).containsExactly(work.ongoing);
		assertThat(tasksIn("COMPLETED")).containsExactly(work.completed);
		assertThat(browser.has("#task-" + work.notOurs)).isFalse();

		// and each group is headed in Chinese with its size, the late one in red, the assisted one marked
		assertThat(browser.text("#group-OVERDUE h2")).isEqualTo("已逾期 1");
		assertThat(browser.text("#group-LATER h2")).isEqualTo("以后到期 2");
		assertThat(browser.find("#task-" + work.overdue).getDomAttribute("class")).isEqualTo("zg-tone-OVERDUE");
		assertThat(browser.text("#task-" + work.overdue)).contains("已逾期 3 天");
		assertThat(browser.text("#task-" + work.assisted)).contains("配合（牵头：基础教育科）");
		assertThat(browser.errors()).isEmpty();

		// and a task's 报送进展 opens the report form, which comes back to the tasks
		browser.submit("#task-" + work.dueSoon + " a.btn");
		browser.choose("#phrase", "正在整改");
		browser.type("#text", "模板初稿已完成，正在征求意见");
		browser.submit("#save-progress");
		assertThat(browser.path()).isEqualTo("/my-tasks?departmentId=" + work.unit.officeId);
		assertThat(browser.text(".zg-flash")).isEqualTo("进展已报送");
		assertThat(browser.text("#task-" + work.dueSoon)).contains("模板初稿已完成");
		browser.screenshot("my-tasks-reported");
	}

	/** The count cards of the overview, label to number, in their order on the page. */
	private Map<String, String> counts() {
		var counts = new LinkedHashMap<String, String>();
		for (var card : browser.all("#counts .zg-count")) {
			String[] lines = card.getText().split("\n");
			counts.put(lines[1], lines[0]);
		}
		return counts;
	}

	private List<String> rowsOf(String list) {
		return browser.all(list + " tbody tr").stream().map(row -> row.getText().replace('\n', ' ')).toList();
	}

	private List<Long> tasksIn(String group) {
		return browser.all("#group-" + group + " tr[id^='task-']").stream()
			.map(row -> Long.parseLong(row.getDomAttribute("id").substring("task-".length())))
			.toList();
	}

	private static String monthDay(int daysFromToday) {
		var day = Workload.TODAY.plusDays(daysFromToday);
		return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
