package org.zhenggai.round;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.UnitView;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;

/** The list of rounds and the form that records a new one. */
@Controller
class RoundPages {

	private final RoundService rounds;
	private final Access access;
	private final OrgService org;
	private final OfficeRoundService officeRounds;

	RoundPages(RoundService rounds, OrgService org, Access access, OfficeRoundService officeRounds) {
		this.officeRounds = officeRounds;
		this.access = access;
		this.rounds = rounds;
		this.org = org;
	}

	@Performs(Action.OWN_ACCOUNT)
	@GetMapping("/")
	String home() {
		// The auditor reads the audit trail only; everybody else starts from the rounds.
		return access.can(Action.READ) ? "redirect:/rounds" : "redirect:/audit";
	}

	@Performs(Action.READ)
	@GetMapping("/rounds")
	String list(Model model) {
		model.addAttribute("rounds", rounds.rounds(null));
		model.addAttribute("units", unitsById());
		return "round/list";
	}

	@Performs(Action.SET_UP)
	@GetMapping("/rounds/new")
	String newRound(Model model) {
		model.addAttribute("round", new NewRound("", RoundKind.REGULAR, "", "", null, null, null, null, null, null, null, null));
		return form(model);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/rounds")
	String create(@Valid @ModelAttribute("round") NewRound round, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return form(model);
		}
		try {
			var created = rounds.create(round);
			return "redirect:/rounds/" + created.id() + "/setup";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(model);
		}
	}

	private String form(Model model) {
		var units = org.units();
		model.addAttribute("units", units);
		model.addAttribute("officeRounds", officeRounds.choicesFor(units.stream().map(UnitView::id).toList()));
		model.addAttribute("kinds", RoundKind.values());
		return "round/form";
	}

	private Map<Long, UnitView> unitsById() {
		return org.units().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
	}
}
