package org.zhenggai.rectification;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.zhenggai.feedback.CategoryChange;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.NewCategory;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.Direction;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.StaleVersionException;

/**
 * Setting up a round's problem list and task list: categories, problems with manifestations and
 * responsibility, measures; put in order, renamed and edited in place.
 */
@Controller
class SetupPages {

	private final FeedbackService feedback;
	private final MeasureService measures;
	private final RoundService rounds;
	private final UnitChoices choices;

	SetupPages(FeedbackService feedback, MeasureService measures, RoundService rounds, UnitChoices choices) {
		this.feedback = feedback;
		this.measures = measures;
		this.rounds = rounds;
		this.choices = choices;
	}

	@Performs(Action.SET_UP)
	@GetMapping("/rounds/{id}/setup")
	String setup(@PathVariable long id, Model model) {
		model.addAttribute("newCategory", new NewCategory(""));
		return setupPage(id, model);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/rounds/{id}/categories")
	String addCategory(@PathVariable long id, @Valid @ModelAttribute("newCategory") NewCategory category,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			return setupPage(id, model);
		}
		var created = feedback.addCategory(id, category);
		return "redirect:/rounds/" + id + "/setup#category-" + created.id();
	}

	@Performs(Action.SET_UP)
	@PostMapping("/categories/{id}/rename")
	String renameCategory(@PathVariable long id, @RequestParam int version, @RequestParam String title,
			RedirectAttributes redirect) {
		long roundId = feedback.category(id).roundId();
		try {
			if (!title.isBlank()) {
				feedback.renameCategory(id, new CategoryChange(version, title));
			}
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flash", "setup.stale");
		}
		return "redirect:/rounds/" + roundId + "/setup#category-" + id;
	}

	@Performs(Action.SET_UP)
	@PostMapping("/categories/{id}/move")
	String moveCategory(@PathVariable long id, @RequestParam Direction direction) {
		feedback.moveCategory(id, direction);
		return "redirect:/rounds/" + feedback.category(id).roundId() + "/setup#category-" + id;
	}

	@Performs(Action.SET_UP)
	@GetMapping("/categories/{id}/problems/new")
	String newProblem(@PathVariable long id, Model model) {
		model.addAttribute("form", ProblemForm.empty());
		return problemPage(feedback.category(id).roundId(), "/categories/" + id + "/problems", model);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/categories/{id}/problems")
	String addProblem(@PathVariable long id, @Valid @ModelAttribute("form") ProblemForm form, BindingResult result,
			Model model) {
		long roundId = feedback.category(id).roundId();
		if (!result.hasErrors()) {
			try {
				var created = feedback.addProblem(id, form.toNew());
				return "redirect:/rounds/" + roundId + "/setup#problem-" + created.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return problemPage(roundId, "/categories/" + id + "/problems", model);
	}

	@Performs(Action.SET_UP)
	@GetMapping("/problems/{id}/edit")
	String editProblem(@PathVariable long id, Model model) {
		var problem = feedback.problem(id);
		model.addAttribute("form", ProblemForm.of(problem));
		return problemPage(problem.roundId(), "/problems/" + id + "/edit", model);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/problems/{id}/edit")
	String changeProblem(@PathVariable long id, @Valid @ModelAttribute("form") ProblemForm form, BindingResult result,
			Model model) {
		var problem = feedback.problem(id);
		if (!result.hasErrors()) {
			try {
				feedback.changeProblem(id, form.toChange());
				return "redirect:/rounds/" + problem.roundId() + "/setup#problem-" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				var current = feedback.problem(id);
				model.addAttribute("stale", current);
				model.addAttribute("form", new ProblemForm(current.version(), form.title(), form.causeAnalysis(),
						form.responsibleLeaderId(), form.leadDepartmentId(), form.manifestations()));
			}
		}
		return problemPage(problem.roundId(), "/problems/" + id + "/edit", model);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/problems/{id}/move")
	String moveProblem(@PathVariable long id, @RequestParam Direction direction) {
		feedback.moveProblem(id, direction);
		return "redirect:/rounds/" + feedback.problem(id).roundId() + "/setup#problem-" + id;
	}

	@Performs(Action.SET_UP)
	@GetMapping("/problems/{id}/measures/new")
	String newMeasure(@PathVariable long id, Model model) {
		model.addAttribute("form", new NewMeasure("", MeasureKind.BY_DEADLINE, null, null, List.of(), null, null, null));
		return measurePage(id, model);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/problems/{id}/measures")
	String addMeasure(@PathVariable long id, @Valid @ModelAttribute("form") NewMeasure form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				var created = measures.addMeasure(id, form);
				return "redirect:/rounds/" + created.roundId() + "/setup#problem-" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return measurePage(id, model);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/measures/{id}/move")
	String moveMeasure(@PathVariable long id, @RequestParam Direction direction) {
		measures.move(id, direction);
		var measure = measures.measure(id);
		return "redirect:/rounds/" + measure.roundId() + "/setup#problem-" + measure.problemId();
	}

	private String setupPage(long roundId, Model model) {
		var round = rounds.round(roundId);
		var tree = feedback.problemList(roundId);
		Map<Long, List<MeasureView>> measuresByProblem = tree.stream()
			.flatMap(c -> c.problems().stream())
			.collect(Collectors.toMap(p -> p.id(), p -> measures.measuresOf(p.id())));
		model.addAttribute("round", round);
		model.addAttribute("tree", tree);
		model.addAttribute("measures", measuresByProblem);
		return names(round.unitId(), model, "rectification/setup");
	}

	private String problemPage(long roundId, String action, Model model) {
		var round = rounds.round(roundId);
		model.addAttribute("round", round);
		model.addAttribute("action", action);
		return names(round.unitId(), model, "rectification/problem-form");
	}

	private String measurePage(long problemId, Model model) {
		var problem = feedback.problem(problemId);
		var round = rounds.round(problem.roundId());
		model.addAttribute("problem", problem);
		model.addAttribute("round", round);
		model.addAttribute("kinds", MeasureKind.values());
		model.addAttribute("action", "/problems/" + problemId + "/measures");
		model.addAttribute("edit", false);
		return names(round.unitId(), model, "rectification/measure-form");
	}

	private String names(long unitId, Model model, String view) {
		choices.addTo(unitId, model);
		return view;
	}
}
