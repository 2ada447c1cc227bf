package org.zhenggai.publication;

import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.ProblemView;
import org.zhenggai.org.Access;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.org.Action;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Performs;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.RefusalException;

/** The office's inbox of opinions from the public (群众意见), and one opinion with what can be done about it. */
@Controller
class OpinionPages {

	private final OpinionService opinions;
	private final PublicationService publications;
	private final OrgService org;
	private final Access access;
	private final MessageSource messages;
	private final FeedbackService feedback;
	private final MeasureService measures;

	OpinionPages(OpinionService opinions, PublicationService publications, OrgService org, Access access,
			MessageSource messages, FeedbackService feedback, MeasureService measures) {
		this.feedback = feedback;
		this.measures = measures;
		this.opinions = opinions;
		this.publications = publications;
		this.org = org;
		this.access = access;
		this.messages = messages;
	}

	@Performs(Action.READ_OPINIONS)
	@GetMapping("/opinions")
	String inbox(@RequestParam(required = false) @Nullable OpinionStatus status, Model model) {
		model.addAttribute("rows", opinions.inbox(status));
		model.addAttribute("counts", opinions.countsPerReport());
		model.addAttribute("status", status);
		model.addAttribute("statuses", OpinionStatus.values());
		return "publication/inbox";
	}

	@Performs(Action.READ_OPINIONS)
	@GetMapping("/opinions/{id}")
	String opinion(@PathVariable long id, Model model) {
		var opinion = opinions.opinion(id);
		model.addAttribute("opinion", opinion);
		var report = publications.report(opinion.publicReportId());
		model.addAttribute("report", report);
		// What the opinion can be linked to: the problems of the report's round, each with its measures.
		var problems = feedback.problemList(report.roundId()).stream().flatMap(c -> c.problems().stream()).toList();
		model.addAttribute("problems", problems);
		model.addAttribute("measures", problems.stream()
			.collect(Collectors.toMap(ProblemView::id, p -> measures.measuresOf(p.id()))));
		var departments = org.departmentsOf(opinion.unitId());
		model.addAttribute("departments", departments);
		model.addAttribute("departmentName", departments.stream().filter(d -> d.id().equals(opinion.departmentId()))
			.map(d -> d.name()).findFirst().orElse(null));
		model.addAttribute("canHandle", access.can(Action.HANDLE_OPINION, TargetKind.OPINION, id));
		return "publication/opinion";
	}

	@Performs(Action.HANDLE_OPINION)
	@PostMapping("/opinions/{id}/assignment")
	String assign(@PathVariable long id, @RequestParam(required = false) @Nullable Long departmentId,
			@RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
		return step(id, () -> opinions.assign(id, departmentId, version), "opinion.assigned", redirect);
	}

	@Performs(Action.HANDLE_OPINION)
	@PostMapping("/opinions/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(required = false) @Nullable String reply,
			@RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
		return step(id, () -> opinions.reply(id, reply, version), "opinion.replied", redirect);
	}

	@Performs(Action.HANDLE_OPINION)
	@PostMapping("/opinions/{id}/handled")
	String handled(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version,
			RedirectAttributes redirect) {
		return step(id, () -> opinions.markHandled(id, version), "opinion.handled", redirect);
	}

	@Performs(Action.HANDLE_OPINION)
	@PostMapping("/opinions/{id}/link")
	String link(@PathVariable long id, @RequestParam(required = false) @Nullable Long problemId,
			@RequestParam(required = false) @Nullable Long measureId,
			@RequestParam(defaultValue = "false") boolean reopen,
			@RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
		return step(id, () -> opinions.link(id, problemId, measureId, reopen, version), "opinion.linked", redirect);
	}

	private String step(long id, Runnable step, String done, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (RefusalException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.args()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.problems().stream().map(p -> text(p.messageKey(), p.args()))
				.collect(Collectors.joining("；")));
		}
		return "redirect:/opinions/" + id;
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}
}
