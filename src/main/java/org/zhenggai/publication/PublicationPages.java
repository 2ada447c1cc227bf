package org.zhenggai.publication;

import java.time.Clock;
import java.time.LocalDate;
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
import org.zhenggai.documents.ReportText;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.org.TargetKind;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.StepRefusedException;

/**
 * The round's 公开通报 tab: the editions of its public report; and one edition's page, where the
 * office edits the words, a leader approves them and the office publishes them.
 */
@Controller
class PublicationPages {

	private final PublicationService publications;
	private final OpinionService opinions;
	private final RoundService rounds;
	private final Access access;
	private final MessageSource messages;
	private final Clock clock;

	PublicationPages(PublicationService publications, OpinionService opinions, RoundService rounds, Access access,
			MessageSource messages, Clock clock) {
		this.publications = publications;
		this.opinions = opinions;
		this.rounds = rounds;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/rounds/{id}/publication")
	String round(@PathVariable long id, Model model) {
		var editions = publications.reportsOf(id);
		model.addAttribute("round", rounds.round(id));
		model.addAttribute("editions", editions);
		model.addAttribute("canPrepare", access.can(Action.PREPARE_PUBLICATION, TargetKind.ROUND, id));
		model.addAttribute("anyPublished", editions.stream().anyMatch(e -> e.status() == ReportStatus.PUBLISHED));
		model.addAttribute("opinionCounts", access.can(Action.READ_OPINIONS) ? opinions.countsPerReport().stream()
			.collect(Collectors.toMap(OpinionService.ReportCount::publicReportId, c -> c)) : java.util.Map.of());
		return "publication/round";
	}

	@Performs(Action.PREPARE_PUBLICATION)
	@PostMapping("/rounds/{id}/publications")
	String prepare(@PathVariable long id, @RequestParam(defaultValue = "ledger") String from,
			RedirectAttributes redirect) {
		try {
			var edition = publications.prepare(id, "published".equals(from));
			redirect.addFlashAttribute("flash", "publication.prepared.flash");
			return "redirect:/publications/" + edition.id();
		}
		catch (StepRefusedException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.args()));
			return "redirect:/rounds/" + id + "/publication";
		}
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/publications/{id}")
	String edition(@PathVariable long id, Model model) {
		var edition = publications.report(id);
		return editionPage(edition, edition.body(), null, model);
	}

	@Performs(Action.PREPARE_PUBLICATION)
	@PostMapping("/publications/{id}/text")
	String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Integer version, Model model, RedirectAttributes redirect) {
		try {
			publications.edit(id, new PublicationService.ReportEdit(text, version));
			redirect.addFlashAttribute("flash", "publication.saved");
			return "redirect:/publications/" + id;
		}
		catch (InvalidInputException ex) {
			String problems = ex.problems().stream().map(p -> text(p.messageKey(), p.args()))
				.collect(Collectors.joining("；"));
			return editionPage(publications.report(id), text == null ? "" : text, problems, model);
		}
	}

	@Performs(Action.APPROVE_PUBLICATION)
	@PostMapping("/publications/{id}/approval")
	String approve(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version,
			RedirectAttributes redirect) {
		publications.approve(id, version);
		redirect.addFlashAttribute("flash", "publication.approved");
		return "redirect:/publications/" + id;
	}

	@Performs(Action.PREPARE_PUBLICATION)
	@PostMapping("/publications/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) @Nullable LocalDate publishedOn,
			@RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
		publications.publish(id, publishedOn, version);
		redirect.addFlashAttribute("flash", "publication.published");
		return "redirect:/publications/" + id;
	}

	private String editionPage(PublicReportView edition, String text, @Nullable String problems, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("round", rounds.round(edition.roundId()));
		model.addAttribute("text", text);
		model.addAttribute("problems", problems);
		model.addAttribute("paragraphs", ReportText.parse(edition.body()).paragraphs());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canPrepare", access.can(Action.PREPARE_PUBLICATION, TargetKind.PUBLICATION, edition.id()));
		model.addAttribute("canApprove", access.can(Action.APPROVE_PUBLICATION, TargetKind.PUBLICATION, edition.id()));
		return "publication/edition";
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}
}
