package org.zhenggai.rectification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.audit.AuditRecord;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.StaleVersionException;

/**
 * A problem's page with its measures, each measure's progress and evidence, and the audit trail;
 * the forms that report progress and edit a measure; evidence to view or download.
 */
@Controller
class ProblemPages {

	private final MeasureService measures;
	private final RoundService rounds;
	private final UnitChoices choices;
	private final AuditLog audit;
	private final EvidenceFiles evidence;
	private final Clock clock;
	private final MeasureWorkflow workflow;

	ProblemPages(MeasureWorkflow workflow, MeasureService measures, RoundService rounds, UnitChoices choices, AuditLog audit, EvidenceFiles evidence,
			Clock clock) {
		this.measures = measures;
		this.rounds = rounds;
		this.choices = choices;
		this.audit = audit;
		this.evidence = evidence;
		this.clock = clock;
		this.workflow = workflow;
	}

	@Performs(Action.READ)
	@GetMapping("/problems/{id}")
	String problem(@PathVariable long id, Model model) {
		var problem = measures.problemRectification(id);
		var round = rounds.round(problem.problem().roundId());
		model.addAttribute("problem", problem);
		model.addAttribute("round", round);
		model.addAttribute("progress", problem.measures().stream()
			.collect(Collectors.toMap(MeasureView::id, m -> measures.progressOf(m.id()))));
		model.addAttribute("trail", trail(problem));
		model.addAttribute("extensions", problem.measures().stream()
			.collect(Collectors.toMap(MeasureView::id, m -> workflow.extensionsOf(m.id()))));
		model.addAttribute("today", LocalDate.now(clock));
		return names(round.unitId(), model, "rectification/problem");
	}

	@Performs(Action.SIGN_OFF)
	@PostMapping("/measures/{id}/sign-off")
	String signFor(@PathVariable long id, RedirectAttributes redirect) {
		var measure = workflow.signFor(id);
		redirect.addFlashAttribute("flash", "workflow.signed");
		return "redirect:/problems/" + measure.problemId() + "#measure-" + id;
	}

	@Performs(Action.REQUEST_EXTENSION)
	@GetMapping("/measures/{id}/extension")
	String extensionForm(@PathVariable long id, Model model) {
		model.addAttribute("request", new MeasureWorkflow.ExtensionRequest(null, ""));
		return extensionPage(id, model);
	}

	@Performs(Action.REQUEST_EXTENSION)
	@PostMapping("/measures/{id}/extension")
	String requestExtension(@PathVariable long id, @Valid @ModelAttribute("request") MeasureWorkflow.ExtensionRequest request,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				workflow.requestExtension(id, request);
				redirect.addFlashAttribute("flash", "workflow.extension-requested");
				return "redirect:/problems/" + measures.measure(id).problemId() + "#measure-" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return extensionPage(id, model);
	}

	@Performs(Action.DECIDE_EXTENSION)
	@PostMapping("/extensions/{id}/decision")
	String decideExtension(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(required = false) @Nullable String reason, @RequestParam int version,
			RedirectAttributes redirect) {
		var decided = workflow.decideExtension(id, new MeasureWorkflow.Decision(approve, reason, version));
		redirect.addFlashAttribute("flash", "workflow.decided");
		return "redirect:/problems/" + measures.measure(decided.measureId()).problemId() + "#measure-" + decided.measureId();
	}

	@Performs(Action.ESCALATE)
	@PostMapping("/measures/{id}/escalation")
	String escalate(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
		var measure = workflow.escalate(id, new MeasureWorkflow.Escalation(reason));
		redirect.addFlashAttribute("flash", "workflow.escalated");
		return "redirect:/problems/" + measure.problemId() + "#measure-" + id;
	}

	@Performs(Action.REPORT_PROGRESS)
	@GetMapping("/measures/{id}/progress/new")
	String progressForm(@PathVariable long id, @RequestParam(required = false) @Nullable String returnTo, Model model) {
		model.addAttribute("report", new NewProgress(LocalDate.now(clock), "", ProgressPhrase.IN_PROGRESS));
		return progressPage(id, returnTo, model);
	}

	@Performs(Action.REPORT_PROGRESS)
	@PostMapping("/measures/{id}/progress")
	String reportProgress(@PathVariable long id, @Valid @ModelAttribute("report") NewProgress report,
			BindingResult result, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(required = false) @Nullable String returnTo, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return progressPage(id, returnTo, model);
		}
		try {
			measures.reportProgress(id, report, EvidenceFiles.uploads(files));
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return progressPage(id, returnTo, model);
		}
		redirect.addFlashAttribute("flash", "progress.saved");
		return "redirect:" + safeReturn(returnTo, id);
	}

	@Performs(Action.SET_UP)
	@GetMapping("/measures/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", MeasureForm.of(measures.measure(id)));
		return editPage(id, model);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/measures/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editPage(id, model);
		}
		try {
			var saved = measures.replace(id, form.version(), form.draft());
			redirect.addFlashAttribute("flash", "form.saved");
			return "redirect:/problems/" + saved.problemId() + "#measure-" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return editPage(id, model);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			// Show the newer version beside what the user typed; saving again is then a choice made knowingly.
			var current = measures.measure(id);
			model.addAttribute("stale", current);
			model.addAttribute("form", form.withVersion(current.version()));
			return editPage(id, model);
		}
	}

	@Performs(Action.READ)
	@GetMapping("/evidence/{id}")
	ResponseEntity<InputStreamResource> evidence(@PathVariable long id,
			@RequestParam(defaultValue = "false") boolean inline) throws IOException {
		var file = evidence.open(id);
		boolean viewable = inline && (file.mediaType().getType().equals("image")
				|| file.mediaType().getSubtype().equals("pdf"));
		var disposition = viewable ? ContentDisposition.inline() : ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(file.mediaType())
			.contentLength(file.description().sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(file.description().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

	private String progressPage(long measureId, @Nullable String returnTo, Model model) {
		var measure = measures.measure(measureId);
		model.addAttribute("measure", measure);
		model.addAttribute("phrases", ProgressPhrase.values());
		model.addAttribute("returnTo", safeReturn(returnTo, measureId));
		model.addAttribute("maxFileSize", measures.maxEvidenceMegabytes());
		return "rectification/progress-form";
	}

	private String extensionPage(long measureId, Model model) {
		model.addAttribute("measure", measures.measure(measureId));
		return "rectification/extension-form";
	}

	private String editPage(long measureId, Model model) {
		var measure = measures.measure(measureId);
		model.addAttribute("measure", measure);
		model.addAttribute("kinds", MeasureKind.values());
		model.addAttribute("edit", true);
		return names(rounds.round(measure.roundId()).unitId(), model, "rectification/measure-form");
	}

	private String names(long unitId, Model model, String view) {
		choices.addTo(unitId, model);
		return view;
	}

	/** The problem's and its measures' changes, newest first. */
	private List<AuditRecord> trail(MeasureService.ProblemRectification problem) {
		var records = new ArrayList<>(audit.trailOf("problem", problem.problem().id()));
		problem.measures().forEach(m -> records.addAll(audit.trailOf("measure", m.id())));
		records.sort(Comparator.comparing(AuditRecord::id).reversed());
		return records;
	}

	/** Only a path of this application, never another site, is a place to return to. */
	private String safeReturn(@Nullable String returnTo, long measureId) {
		if (returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")) {
			return returnTo;
		}
		var measure = measures.measure(measureId);
		return "/problems/" + measure.problemId() + "#measure-" + measureId;
	}
}
