package org.zhenggai.documents;

import java.io.IOException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
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
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;

/**
 * The import page: upload the feedback (or a report) as text or .docx, review and correct the
 * tree that was read, then create it in the round in one step.
 */
@Controller
class ImportPages {

	private final RoundService rounds;
	private final ProblemListImport imports;
	private final MessageSource messages;
	private final LedgerRoundImport ledgers;

	ImportPages(RoundService rounds, ProblemListImport imports, MessageSource messages, LedgerRoundImport ledgers) {
		this.ledgers = ledgers;
		this.rounds = rounds;
		this.imports = imports;
		this.messages = messages;
	}

	private String text(InvalidInputException.FieldProblem problem) {
		return messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(),
				LocaleContextHolder.getLocale());
	}

	@Performs(Action.SET_UP)
	@GetMapping("/rounds/{id}/import")
	String upload(@PathVariable long id, Model model) {
		model.addAttribute("round", rounds.round(id));
		return "documents/import";
	}

	@Performs(Action.SET_UP)
	@PostMapping(path = "/rounds/{id}/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String preview(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) throws IOException {
		model.addAttribute("round", rounds.round(id));
		try {
			if (file == null) {
				// A form sent without its file (or not as an upload at all) is answered like any bad input.
				throw InvalidInputException.of("file", "validation.file-required");
			}
			var result = IngestApi.read(file);
			model.addAttribute("result", result);
			model.addAttribute("draft", ImportDraft.of(result));
			return "documents/review";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("refusal", text(ex.problems().get(0)));
			return "documents/import";
		}
	}

	@Performs(Action.SET_UP)
	@PostMapping(path = "/rounds/{id}/import/ledger", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String importLedger(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null) {
			model.addAttribute("round", rounds.round(id));
			model.addAttribute("ledgerErrors", List.of(text(new InvalidInputException.FieldProblem("file",
					"validation.file-required"))));
			return "documents/import";
		}
		try (var in = file.getInputStream()) {
			ledgers.importInto(id, in);
			redirect.addFlashAttribute("flash", "import.ledger-done");
			return "redirect:/rounds/" + id + "/ledger";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("round", rounds.round(id));
			model.addAttribute("ledgerErrors", ex.problems().stream().map(p -> p.field() + "：" + text(p)).toList());
			return "documents/import";
		}
	}

	@Performs(Action.SET_UP)
	@PostMapping("/rounds/{id}/import")
	String importInto(@PathVariable long id, @ModelAttribute("draft") ImportDraft draft, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			var imported = imports.importInto(id, draft.toResult());
			redirect.addFlashAttribute("flash", "import.done");
			redirect.addFlashAttribute("imported", imported);
			return "redirect:/rounds/" + id + "/setup";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("round", rounds.round(id));
			model.addAttribute("errors", ex.problems().stream().map(p -> p.field() + "：" + text(p)).toList());
			return "documents/review";
		}
	}
}
