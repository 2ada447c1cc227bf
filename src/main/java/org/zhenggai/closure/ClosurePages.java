package org.zhenggai.closure;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.rectification.MeasureService;

/** A measure's closure page: its requests with every step, and the form for the step that is next. */
@Controller
class ClosurePages {

	private final ClosureService closures;
	private final MeasureService measures;

	ClosurePages(ClosureService closures, MeasureService measures) {
		this.closures = closures;
		this.measures = measures;
	}

	@Performs(Action.READ)
	@GetMapping("/measures/{id}/closure")
	String closure(@PathVariable long id, Model model) {
		model.addAttribute("measure", measures.measure(id));
		model.addAttribute("requests", closures.requestsOf(id));
		model.addAttribute("hasEvidence", measures.hasEvidence(id));
		return "closure/measure-closure";
	}

	@Performs(Action.REQUEST_CLOSURE)
	@PostMapping("/measures/{id}/closures")
	String submit(@PathVariable long id, @RequestParam String summary, RedirectAttributes redirect) {
		if (summary.isBlank()) {
			redirect.addFlashAttribute("flash", "closure.summary-required");
			return "redirect:/measures/" + id + "/closure";
		}
		closures.submit(id, new ClosureService.Submission(summary));
		redirect.addFlashAttribute("flash", "closure.submitted");
		return "redirect:/measures/" + id + "/closure";
	}

	@Performs(Action.REVIEW_CLOSURE)
	@PostMapping("/closures/{id}/review")
	String review(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) @Nullable String reason,
			@RequestParam int version, RedirectAttributes redirect) {
		var decided = closures.review(id, new ClosureService.Decision(approve, reason, version));
		redirect.addFlashAttribute("flash", "workflow.decided");
		return "redirect:/measures/" + decided.measureId() + "/closure";
	}

	@Performs(Action.APPROVE_CLOSURE)
	@PostMapping("/closures/{id}/approval")
	String approve(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) @Nullable String reason,
			@RequestParam int version, RedirectAttributes redirect) {
		var decided = closures.approve(id, new ClosureService.Decision(approve, reason, version));
		redirect.addFlashAttribute("flash", "workflow.decided");
		return "redirect:/measures/" + decided.measureId() + "/closure";
	}

	@Performs(Action.REVIEW_CLOSURE)
	@PostMapping("/problems/{id}/closure")
	String confirmProblem(@PathVariable long id, RedirectAttributes redirect) {
		closures.confirmProblem(id);
		redirect.addFlashAttribute("flash", "closure.problem-confirmed");
		return "redirect:/problems/" + id;
	}
}
