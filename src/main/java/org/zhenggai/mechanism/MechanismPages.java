package org.zhenggai.mechanism;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.closure.ClosureService;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.ProblemView;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.PageSteps;

/**
 * The round's page of long-term work: rules written, look-backs due and done, problems that repeat
 * earlier rounds; and a problem's page of similar problems of earlier rounds to link.
 */
@Controller
class MechanismPages {

	private final RuleService rules;
	private final LookBackService lookBacks;
	private final RecurrenceService recurrences;
	private final RoundService rounds;
	private final FeedbackService feedback;
	private final ClosureService closure;
	private final PageSteps steps;
	private final Clock clock;

	MechanismPages(RuleService rules, LookBackService lookBacks, RecurrenceService recurrences, RoundService rounds,
			FeedbackService feedback, ClosureService closure, PageSteps steps, Clock clock) {
		this.rules = rules;
		this.lookBacks = lookBacks;
		this.recurrences = recurrences;
		this.rounds = rounds;
		this.feedback = feedback;
		this.closure = closure;
		this.steps = steps;
		this.clock = clock;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/rounds/{id}/mechanism")
	String round(@PathVariable long id, Model model) {
		return roundPage(id, model);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/rounds/{id}/rules")
	String recordRule(@PathVariable long id, @Valid @ModelAttribute("ruleForm") NewRule form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				rules.record(id, form);
				redirect.addFlashAttribute("flash", "rule.saved");
				return "redirect:/rounds/" + id + "/mechanism#rules";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return roundPage(id, model);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/rounds/{id}/look-backs")
	String schedule(@PathVariable long id, @RequestParam long problemId,
			@RequestParam(required = false) @Nullable LocalDate dueOn, RedirectAttributes redirect) {
		steps.step(() -> lookBacks.schedule(problemId, new LookBackSchedule(dueOn, null)), "lookback.scheduled", redirect);
		return "redirect:/rounds/" + id + "/mechanism#look-backs";
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/look-backs/{id}/outcome")
	String record(@PathVariable long id, @RequestParam LookBackOutcome outcome,
			@RequestParam(required = false) @Nullable String finding,
			@RequestParam(required = false) @Nullable String measureText,
			@RequestParam(required = false) @Nullable LocalDate deadline, RedirectAttributes redirect) {
		long roundId = lookBacks.lookBack(id).roundId();
		steps.step(() -> lookBacks.record(id, new LookBackResult(outcome, finding, measureText, null, deadline)),
				"lookback.recorded", redirect);
		return "redirect:/rounds/" + roundId + "/mechanism#look-back-" + id;
	}

	/** Look-backs of every round whose date has come, for the office's to-do list. */
	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/look-backs/due")
	String due(Model model) {
		var due = lookBacks.due(0);
		model.addAttribute("due", due);
		model.addAttribute("problems", due.stream().map(LookBackView::problemId).distinct()
			.collect(Collectors.toMap(id -> id, feedback::problem)));
		model.addAttribute("roundNames", due.stream().map(LookBackView::roundId).distinct()
			.collect(Collectors.toMap(id -> id, id -> rounds.round(id).name())));
		return "mechanism/due";
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/problems/{id}/recurrence")
	String candidates(@PathVariable long id, Model model) {
		var problem = feedback.problem(id);
		model.addAttribute("problem", problem);
		model.addAttribute("round", rounds.round(problem.roundId()));
		model.addAttribute("candidates", recurrences.candidates(id));
		model.addAttribute("linked", recurrences.recurrencesOfProblem(id));
		return "mechanism/recurrence";
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/problems/{id}/recurrences")
	String link(@PathVariable long id, @RequestParam long earlierProblemId,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		steps.step(() -> recurrences.link(id, new NewRecurrence(earlierProblemId, note)), "recurrence.saved", redirect);
		return "redirect:/problems/" + id + "/recurrence";
	}

	private String roundPage(long roundId, Model model) {
		var round = rounds.round(roundId);
		List<ProblemView> problems = feedback.problemList(roundId).stream().flatMap(c -> c.problems().stream()).toList();
		if (!model.containsAttribute("ruleForm")) {
			model.addAttribute("ruleForm", new NewRule("", null, LocalDate.now(clock), RuleKind.NEW, List.of()));
		}
		var all = rules.rulesOf(roundId);
		var lookBackList = lookBacks.lookBacksOf(roundId);
		model.addAttribute("round", round);
		model.addAttribute("problems", problems);
		model.addAttribute("problemTitles", problems.stream().collect(Collectors.toMap(ProblemView::id, ProblemView::title)));
		model.addAttribute("closedProblems",
				problems.stream().filter(p -> closure.problemClosure(p.id()).isPresent()).toList());
		model.addAttribute("rules", all);
		model.addAttribute("newRules", all.stream().filter(r -> r.kind() == RuleKind.NEW).count());
		model.addAttribute("ruleKinds", RuleKind.values());
		model.addAttribute("lookBacks", lookBackList);
		model.addAttribute("dueLookBacks", lookBackList.stream().filter(LookBackView::due).toList());
		model.addAttribute("lookBackSummary", lookBacks.summary(roundId));
		model.addAttribute("outcomes", LookBackOutcome.values());
		model.addAttribute("recurrences", recurrences.recurrencesOf(roundId));
		return "mechanism/round";
	}
}
