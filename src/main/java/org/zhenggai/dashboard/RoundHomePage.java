package org.zhenggai.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.org.OrgService;
import org.zhenggai.rectification.LedgerFilter;
import org.zhenggai.rectification.LedgerQuery;
import org.zhenggai.rectification.LedgerSort;
import org.zhenggai.round.RoundService;
import org.zhenggai.supervision.WarningScan;

import tools.jackson.databind.json.JsonMapper;

/** A round's home page: the basis, the counts, completion charts and the late and soon-due work. */
@Controller
class RoundHomePage {

	private final RoundService rounds;
	private final OrgService org;
	private final LedgerQuery ledger;
	private final MessageSource messages;
	private final JsonMapper json;
	private final Clock clock;
	private final WarningScan warnings;

	RoundHomePage(RoundService rounds, OrgService org, LedgerQuery ledger, MessageSource messages, JsonMapper json,
			Clock clock, WarningScan warnings) {
		this.warnings = warnings;
		this.rounds = rounds;
		this.org = org;
		this.ledger = ledger;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/rounds/{id}")
	String home(@PathVariable long id, Model model) {
		var round = rounds.round(id);
		LocalDate today = LocalDate.now(clock);
		var overview = RoundOverview.of(round, ledger.all(id, LedgerFilter.none(), LedgerSort.LEDGER), today);
		model.addAttribute("overview", overview);
		model.addAttribute("round", round);
		model.addAttribute("unit", org.unit(round.unitId()));
		model.addAttribute("today", today);
		model.addAttribute("warnings", warnings.warningsOf(id).stream().limit(20).toList());
		model.addAttribute("categoryChart", json.writeValueAsString(chart(overview.byCategory())));
		model.addAttribute("departmentChart", json.writeValueAsString(chart(overview.byDepartment())));
		return "dashboard/round";
	}

	/** A stacked bar chart of completed and remaining measures per group, as ECharts options. */
	private Map<String, Object> chart(List<RoundOverview.Share> shares) {
		var locale = LocaleContextHolder.getLocale();
		String completed = messages.getMessage("overview.completed", null, locale);
		String remaining = messages.getMessage("overview.remaining", null, locale);
		String overdue = messages.getMessage("overview.overdue", null, locale);
		return Map.of(
				"tooltip", Map.of("trigger", "axis"),
				"legend", Map.of("data", List.of(completed, remaining, overdue)),
				"grid", Map.of("left", 8, "right", 16, "bottom", 8, "containLabel", true),
				"xAxis", Map.of("type", "value", "minInterval", 1),
				"yAxis", Map.of("type", "category", "inverse", true,
						"data", shares.stream().map(RoundOverview.Share::name).toList(),
						"axisLabel", Map.of("width", 160, "overflow", "truncate")),
				"series", List.of(
						bar(completed, "#198754", shares.stream().map(RoundOverview.Share::completed).toList()),
						bar(remaining, "#adb5bd", shares.stream().map(s -> s.total() - s.completed() - s.overdue()).toList()),
						bar(overdue, "#dc3545", shares.stream().map(RoundOverview.Share::overdue).toList())));
	}

	private static Map<String, Object> bar(String name, String colour, List<Long> data) {
		return Map.of("name", name, "type", "bar", "stack", "total", "itemStyle", Map.of("color", colour), "data", data);
	}
}
