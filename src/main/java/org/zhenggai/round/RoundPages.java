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
import org.zhenggai.org.OrgService;
import org.zhenggai.org.UnitView;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;

/** The list of rounds and the form that records a new one. */
@Controller
class RoundPages {

	private final RoundService rounds;
	private final OrgService org;

	RoundPages(RoundService rounds, OrgService org) {
		this.rounds = rounds;
		this.org = org;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/rounds";
	}

	@GetMapping("/rounds")
	String list(Model model) {
		model.addAttribute("rounds", rounds.rounds(null));
		model.addAttribute("units", unitsById());
		return "round/list";
	}

	@GetMapping("/rounds/new")
	String newRound(Model model) {
		model.addAttribute("round", new NewRound("", RoundKind.REGULAR, "", "", null, null, null, null, null, null, null));
		return form(model);
	}

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
		model.addAttribute("units", org.units());
		model.addAttribute("kinds", RoundKind.values());
		return "round/form";
	}

	private Map<Long, UnitView> unitsById() {
		return org.units().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
	}
}
