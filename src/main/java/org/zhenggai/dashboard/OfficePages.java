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
import org.springframework.web.bind.annotation.RequestParam;
import org.zhenggai.mechanism.Rating;
import org.zhenggai.mechanism.RatingService;
import org.zhenggai.mechanism.RecurrenceService;
import org.zhenggai.org.Action;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.Performs;

import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection office's pages: its rounds of inspections with the figures of the offices below
 * rolled up, and one round of inspections with every unit ranked, the quiet units, the ratings and
 * the proposals for a look-back inspection.
 */
@Controller
class OfficePages {

	/** How many of the best and of the worst units the chart shows; the table pages through them all. */
	private static final int CHART_ENDS = 20;
	/** How many quiet units the page lists (the API gives them all). */
	private static final int IDLE_SHOWN = 50;

	private final OfficeOverviewQuery overview;
	private final RatingService ratings;
	private final RecurrenceService recurrences;
	private final OrgService org;
	private final MessageSource messages;
	private final JsonMapper json;
	private final Clock clock;

	OfficePages(OfficeOverviewQuery overview, RatingService ratings, RecurrenceService recurrences, OrgService org,
			MessageSource messages, JsonMapper json, Clock clock) {
		this.overview = overview;
		this.ratings = ratings;
		this.recurrences = recurrences;
		this.org = org;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/office-rounds")
	String officeRounds(Model model) {
		model.addAttribute("rollUp", overview.rollUp());
		return "dashboard/office-rounds";
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/office-rounds/{id}")
	String officeRound(@PathVariable long id, @RequestParam(defaultValue = "30") int idleDays,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Model model) {
		int days = Math.max(1, Math.min(idleDays, 3650));
		var figures = overview.overview(id, days);
		var shown = figures.page(Math.max(0, page), Math.max(1, Math.min(size, 200)));
		model.addAttribute("overview", shown);
		model.addAttribute("idleShown", shown.idle().stream().limit(IDLE_SHOWN).toList());
		model.addAttribute("office", org.unit(figures.officeRound().unitId()));
		model.addAttribute("proposals", ratings.lookBackProposals(id));
		model.addAttribute("recurrences", recurrences.recurrencesOfOfficeRound(id));
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("chartEnds", figures.ranking().size() > 2 * CHART_ENDS ? CHART_ENDS : 0);
		model.addAttribute("chart", json.writeValueAsString(chart(figures.topAndBottom(CHART_ENDS))));
		return "dashboard/office-round";
	}

	/** Completion and overdue rate per unit in rank order, as ECharts options. */
	private Map<String, Object> chart(List<OfficeOverview.UnitFigures> units) {
		var locale = LocaleContextHolder.getLocale();
		String completion = messages.getMessage("office.completion-rate", null, locale);
		String overdue = messages.getMessage("office.overdue-rate", null, locale);
		return Map.of(
				"tooltip", Map.of("trigger", "axis"),
				"legend", Map.of("data", List.of(completion, overdue)),
				"grid", Map.of("left", 8, "right", 48, "bottom", 8, "containLabel", true),
				"xAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
				"yAxis", Map.of("type", "category", "inverse", true,
						"data", units.stream().map(OfficeOverview.UnitFigures::unitName).toList(),
						"axisLabel", Map.of("width", 160, "overflow", "truncate")),
				"series", List.of(
						bar(completion, "#198754", units.stream().map(u -> u.figures().completionRate()).toList()),
						bar(overdue, "#dc3545", units.stream().map(u -> u.figures().overdueRate()).toList())));
	}

	private static Map<String, Object> bar(String name, String colour, List<Long> data) {
		return Map.of("name", name, "type", "bar", "itemStyle", Map.of("color", colour), "data", data,
				"label", Map.of("show", true, "position", "right", "formatter", "{c}%"));
	}
}
