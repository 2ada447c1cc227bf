package org.zhenggai.rectification;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.PersonView;
import org.zhenggai.round.RoundService;
import org.zhenggai.round.RoundView;

/** The ledger page (整改台账): filters, sorting, paging, and a print view for A4 landscape. */
@Controller
class LedgerPages {

	static final int PAGE_SIZE = 50;

	private final LedgerQuery ledger;
	private final RoundService rounds;
	private final FeedbackService feedback;
	private final OrgService org;
	private final Clock clock;

	LedgerPages(LedgerQuery ledger, RoundService rounds, FeedbackService feedback, OrgService org, Clock clock) {
		this.ledger = ledger;
		this.rounds = rounds;
		this.feedback = feedback;
		this.org = org;
		this.clock = clock;
	}

	@Performs(Action.READ)
	@GetMapping("/rounds/{id}/ledger")
	String ledger(@PathVariable long id, @ModelAttribute("filter") LedgerFilter filter,
			@RequestParam(defaultValue = "LEDGER") LedgerSort sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var round = rounds.round(id);
		var result = ledger.ledger(id, filter, sort, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("lines", LedgerLines.of(result.content()).lines());
		model.addAttribute("sort", sort);
		model.addAttribute("filterQuery", query(filter, null));
		model.addAttribute("query", query(filter, sort));
		return withChoices(round, model);
	}

	@Performs(Action.READ)
	@GetMapping("/rounds/{id}/ledger/print")
	String print(@PathVariable long id, @ModelAttribute("filter") LedgerFilter filter,
			@RequestParam(defaultValue = "LEDGER") LedgerSort sort, Model model) {
		var round = rounds.round(id);
		model.addAttribute("round", round);
		model.addAttribute("unit", org.unit(round.unitId()));
		model.addAttribute("lines", LedgerLines.of(ledger.all(id, filter, sort)).lines());
		model.addAttribute("today", LocalDate.now(clock));
		return "rectification/ledger-print";
	}

	/** The pick-lists of the filter form, from the round's own unit and problem list. */
	private String withChoices(RoundView round, Model model) {
		model.addAttribute("round", round);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("categories", feedback.problemList(round.id()).stream().map(FeedbackService.CategoryTree::category).toList());
		model.addAttribute("departments", org.departmentsOf(round.unitId()));
		model.addAttribute("leaders", org.peopleOf(round.unitId()).stream().filter(PersonView::leader).toList());
		model.addAttribute("statuses", MeasureStatus.values());
		model.addAttribute("sorts", LedgerSort.values());
		return "rectification/ledger";
	}

	/** Query parameters of the page, kept in the links for sorting and paging. */
	static String query(LedgerFilter filter, @Nullable LedgerSort sort) {
		var query = new StringBuilder();
		append(query, "categoryId", filter.categoryId());
		append(query, "departmentId", filter.departmentId());
		append(query, "leaderId", filter.leaderId());
		append(query, "status", filter.status());
		append(query, "overdue", filter.overdue());
		append(query, "text", filter.text());
		append(query, "sort", sort);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			query.append(query.isEmpty() ? "" : "&").append(name).append('=')
				.append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
