package org.zhenggai.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.mechanism.Rating;
import org.zhenggai.mechanism.RatingService;
import org.zhenggai.mechanism.RecurrenceService;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.Performs;
import org.zhenggai.org.TargetKind;
import org.zhenggai.round.NewOfficeRound;
import org.zhenggai.round.OfficeRoundChoices;
import org.zhenggai.round.OfficeRoundService;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.PageSteps;

import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection office's pages: its rounds of inspections with the figures of the offices below
 * rolled up, and one round of inspections with every unit ranked, the quiet units, the ratings and
 * the proposals for a look-back inspection; and the office's forms that record a round of
 * inspections and put the units' rounds into it.
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
	private final OfficeRoundService officeRounds;
	private final OfficeRoundChoices choices;
	private final Access access;
	private final PageSteps steps;

	OfficePages(OfficeOverviewQuery overview, RatingService ratings, RecurrenceService recurrences, OrgService org,
			MessageSource messages, JsonMapper json, Clock clock, OfficeRoundService officeRounds,
			OfficeRoundChoices choices, Access access, PageSteps steps) {
		this.steps = steps;
		this.officeRounds = officeRounds;
		this.choices = choices;
		this.access = access;
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
		if (access.can(Action.MANAGE_OFFICE_ROUNDS)) {
			model.addAttribute("officeRound", new NewOfficeRound(choices.ownUnit(), "", "", null));
		}
		return officeRoundsPage(model);
	}

	@Performs(Action.MANAGE_OFFICE_ROUNDS)
	@PostMapping("/office-rounds")
	String create(@Valid @ModelAttribute("officeRound") NewOfficeRound officeRound, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return officeRoundsPage(model);
		}
		try {
			long id = officeRounds.create(officeRound).id();
			redirect.addFlashAttribute("flash", "flash.office-round-created");
			return "redirect:/office-rounds/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return officeRoundsPage(model);
		}
	}

	private String officeRoundsPage(Model model) {
		model.addAttribute("rollUp", overview.rollUp());
		// the form's object is null after a value that could not be converted; the binding result still holds what was typed
		boolean canManage = access.can(Action.MANAGE_OFFICE_ROUNDS);
		model.addAttribute("canManage", canManage);
		if (canManage) {
			model.addAttribute("offices", choices.offices());
		}
		return "dashboard/office-rounds";
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/office-rounds/{id}")
	String officeRound(@PathVariable long id, @RequestParam(defaultValue = "30") int idleDays,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) @Nullable String unitName, Model model) {
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
		if (access.can(Action.MANAGE_OFFICE_ROUNDS, TargetKind.OFFICE_ROUND, id)) {
			model.addAttribute("unlinked", choices.unlinkedRounds(id, unitName));
			model.addAttribute("unitName", unitName == null ? "" : unitName.strip());
			model.addAttribute("shownAtMost", OfficeRoundChoices.SHOWN);
		}
		return "dashboard/office-round";
	}

	/** Puts the chosen unit rounds into the round of inspections, all or none, and says how many. */
	@Performs(Action.MANAGE_OFFICE_ROUNDS)
	@PostMapping("/office-rounds/{id}/rounds")
	String link(@PathVariable long id, @RequestParam(name = "roundIds", required = false) @Nullable List<Long> roundIds,
			RedirectAttributes redirect) {
		steps.attempt(() -> officeRounds.linkAll(id, roundIds), redirect).ifPresent(linked -> redirect
			.addFlashAttribute("linked", messages.getMessage("office.rounds-linked", new Object[] { linked },
					LocaleContextHolder.getLocale())));
		return "redirect:/office-rounds/" + id + "#link-rounds";
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
