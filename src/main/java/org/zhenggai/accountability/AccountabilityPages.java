package org.zhenggai.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.ProblemView;
import org.zhenggai.org.DepartmentView;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.PersonView;
import org.zhenggai.rectification.LedgerFilter;
import org.zhenggai.rectification.LedgerQuery;
import org.zhenggai.rectification.LedgerRow;
import org.zhenggai.rectification.LedgerSort;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.StaleVersionException;

/** The round's accountability page, and the discipline register of clues and petitions (403 for everyone else). */
@Controller
class AccountabilityPages {

	private final AccountabilityService accountability;
	private final DisciplineRegister register;
	private final RoundService rounds;
	private final FeedbackService feedback;
	private final LedgerQuery ledger;
	private final OrgService org;
	private final MessageSource messages;
	private final Clock clock;

	AccountabilityPages(AccountabilityService accountability, DisciplineRegister register, RoundService rounds,
			FeedbackService feedback, LedgerQuery ledger, OrgService org, MessageSource messages, Clock clock) {
		this.accountability = accountability;
		this.register = register;
		this.rounds = rounds;
		this.feedback = feedback;
		this.ledger = ledger;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/rounds/{id}/accountability")
	String actions(@PathVariable long id, Model model) {
		return actionsPage(id, model);
	}

	@Performs(Action.RECORD_ACCOUNTABILITY)
	@PostMapping("/rounds/{id}/accountability-actions")
	String record(@PathVariable long id, @Valid @ModelAttribute("actionForm") NewAccountabilityAction form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accountability.record(id, form);
				redirect.addFlashAttribute("flash", "accountability.saved");
				return "redirect:/rounds/" + id + "/accountability";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return actionsPage(id, model);
	}

	@Performs(Action.REGISTER)
	@GetMapping("/rounds/{id}/register")
	String register(@PathVariable long id, Model model) {
		return registerPage(id, model);
	}

	@Performs(Action.REGISTER)
	@PostMapping("/rounds/{id}/clues")
	String registerClue(@PathVariable long id, @Valid @ModelAttribute("clueForm") NewRegisterEntry form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				register.registerClue(id, form);
				redirect.addFlashAttribute("flash", "register.saved");
				return "redirect:/rounds/" + id + "/register#clues";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return registerPage(id, model);
	}

	@Performs(Action.REGISTER)
	@PostMapping("/rounds/{id}/petitions")
	String registerPetition(@PathVariable long id, @Valid @ModelAttribute("petitionForm") NewRegisterEntry form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				register.registerPetition(id, form);
				redirect.addFlashAttribute("flash", "register.saved");
				return "redirect:/rounds/" + id + "/register#petitions";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return registerPage(id, model);
	}

	@Performs(Action.REGISTER)
	@PostMapping("/clues/{id}/status")
	String handleClue(@PathVariable long id, @RequestParam int version, @RequestParam HandlingStatus status,
			@RequestParam(required = false) @Nullable String handedTo, RedirectAttributes redirect) {
		long roundId = register.clue(id).roundId();
		handle(() -> register.handleClue(id, new RegisterChange(version, status, handedTo)), redirect);
		return "redirect:/rounds/" + roundId + "/register#clue-" + id;
	}

	@Performs(Action.REGISTER)
	@PostMapping("/petitions/{id}/status")
	String handlePetition(@PathVariable long id, @RequestParam int version, @RequestParam HandlingStatus status,
			@RequestParam(required = false) @Nullable String handedTo, RedirectAttributes redirect) {
		long roundId = register.petition(id).roundId();
		handle(() -> register.handlePetition(id, new RegisterChange(version, status, handedTo)), redirect);
		return "redirect:/rounds/" + roundId + "/register#petition-" + id;
	}

	private void handle(Runnable step, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", "register.updated");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().stream().map(p -> text(p.messageKey(), p.args()))
				.collect(Collectors.joining("；")));
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", text("problem.concurrent-change"));
		}
	}

	private String actionsPage(long roundId, Model model) {
		var round = rounds.round(roundId);
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new NewAccountabilityAction(AccountabilityKind.REMINDER_TALK,
					LocalDate.now(clock), null, null, "", null, null));
		}
		model.addAttribute("round", round);
		model.addAttribute("summary", accountability.summary(roundId));
		model.addAttribute("actions", accountability.actionsOf(roundId));
		model.addAttribute("kinds", AccountabilityKind.values());
		var problems = feedback.problemList(roundId).stream().flatMap(c -> c.problems().stream()).toList();
		model.addAttribute("problems", problems);
		model.addAttribute("problemTitles", problems.stream().collect(Collectors.toMap(ProblemView::id, ProblemView::title)));
		var rows = ledger.all(roundId, LedgerFilter.none(), LedgerSort.LEDGER);
		model.addAttribute("rows", rows);
		model.addAttribute("measureTexts", rows.stream().collect(Collectors.toMap(LedgerRow::measureId, LedgerRow::measureText)));
		var people = org.peopleOf(round.unitId());
		var departments = org.departmentsOf(round.unitId());
		model.addAttribute("people", people);
		model.addAttribute("departments", departments);
		model.addAttribute("personNames", people.stream().collect(Collectors.toMap(PersonView::id, PersonView::name)));
		model.addAttribute("departmentNames",
				departments.stream().collect(Collectors.toMap(DepartmentView::id, DepartmentView::name)));
		return "accountability/actions";
	}

	private String registerPage(long roundId, Model model) {
		var clues = register.cluesOf(roundId);
		var petitions = register.petitionsOf(roundId);
		for (String form : new String[] { "clueForm", "petitionForm" }) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, new NewRegisterEntry(LocalDate.now(clock), "", "", HandlingStatus.RECEIVED, null));
			}
		}
		model.addAttribute("round", rounds.round(roundId));
		model.addAttribute("clues", clues);
		model.addAttribute("petitions", petitions);
		model.addAttribute("statuses", HandlingStatus.values());
		return "accountability/register";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
