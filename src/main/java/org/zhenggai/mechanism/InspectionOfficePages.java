package org.zhenggai.mechanism;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.org.Action;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.Performs;
import org.zhenggai.round.OfficeRoundService;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.PageSteps;

/**
 * The inspection office's steps on its pages: rating a unit, grouping, titling and publishing the
 * common problems; and the unit's read-only page of the published list beside its own problems.
 */
@Controller
class InspectionOfficePages {

	private final RatingService ratings;
	private final CommonProblemService commonProblems;
	private final OfficeRoundService officeRounds;
	private final RoundService rounds;
	private final OrgService org;
	private final PageSteps steps;

	InspectionOfficePages(RatingService ratings, CommonProblemService commonProblems, OfficeRoundService officeRounds,
			RoundService rounds, OrgService org, PageSteps steps) {
		this.ratings = ratings;
		this.commonProblems = commonProblems;
		this.officeRounds = officeRounds;
		this.rounds = rounds;
		this.org = org;
		this.steps = steps;
	}

	@Performs(Action.RATE_UNIT)
	@PostMapping("/rounds/{id}/rating")
	String rate(@PathVariable long id, @RequestParam Rating rating, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		steps.step(() -> {
			if (reason.isBlank()) {
				throw InvalidInputException.of("reason", "validation.required");
			}
			ratings.rate(id, new NewRating(rating, reason));
		}, "flash.rated", redirect);
		var round = rounds.round(id);
		return round.officeRoundId() == null ? "redirect:/office-rounds"
				: "redirect:/office-rounds/" + round.officeRoundId() + "#unit-" + id;
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/office-rounds/{id}/common-problems")
	String commonProblems(@PathVariable long id, Model model) {
		var officeRound = officeRounds.officeRound(id);
		model.addAttribute("officeRound", officeRound);
		model.addAttribute("office", org.unit(officeRound.unitId()));
		model.addAttribute("commonProblems", commonProblems.commonProblemsOf(id));
		return "mechanism/common-problems";
	}

	@Performs(Action.PUBLISH_COMMON_PROBLEMS)
	@PostMapping("/office-rounds/{id}/common-problems/grouping")
	String group(@PathVariable long id, RedirectAttributes redirect) {
		steps.step(() -> commonProblems.group(id), "flash.grouped", redirect);
		return "redirect:/office-rounds/" + id + "/common-problems";
	}

	@Performs(Action.PUBLISH_COMMON_PROBLEMS)
	@PostMapping("/common-problems/{id}")
	String change(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		long officeRoundId = commonProblems.commonProblem(id).officeRoundId();
		steps.step(() -> {
			if (title.isBlank()) {
				throw InvalidInputException.of("title", "validation.required");
			}
			commonProblems.change(id, new CommonProblemChange(title, confirmed, version));
		}, "flash.common-problem-saved", redirect);
		return "redirect:/office-rounds/" + officeRoundId + "/common-problems#common-problem-" + id;
	}

	@Performs(Action.PUBLISH_COMMON_PROBLEMS)
	@PostMapping("/office-rounds/{id}/common-problems/publication")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		steps.step(() -> commonProblems.publish(id), "flash.common-problems-published", redirect);
		return "redirect:/office-rounds/" + id + "/common-problems";
	}

	@Performs(Action.READ)
	@GetMapping("/rounds/{id}/common-problems")
	String published(@PathVariable long id, Model model) {
		model.addAttribute("list", commonProblems.publishedFor(id));
		model.addAttribute("round", rounds.round(id));
		return "mechanism/unit-common-problems";
	}
}
