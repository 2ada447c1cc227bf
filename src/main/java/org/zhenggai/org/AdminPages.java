package org.zhenggai.org;

import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;

/** Administration of units, their departments, people and accounts. */
@Controller
class AdminPages {

	private final OrgService org;
	private final AccountService accounts;

	AdminPages(OrgService org, AccountService accounts) {
		this.org = org;
		this.accounts = accounts;
	}

	@Performs(Action.READ_ORG)
	@GetMapping("/admin/units")
	String units(Model model) {
		model.addAttribute("newUnit", new NewUnit("", null, null, null, null, null, null));
		return unitsPage(model);
	}

	@Performs(Action.MANAGE_UNITS)
	@PostMapping("/admin/units")
	String addUnit(@Valid @ModelAttribute("newUnit") NewUnit unit, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return unitsPage(model);
		}
		try {
			return "redirect:/admin/units/" + org.createUnit(unit).id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return unitsPage(model);
		}
	}

	@Performs(Action.READ_ORG)
	@GetMapping("/admin/units/{id}")
	String unit(@PathVariable long id, Model model) {
		model.addAttribute("newDepartment", new NewDepartment(""));
		model.addAttribute("newPerson", new NewPerson("", null, null, false, null));
		model.addAttribute("newAccount", new NewAccount("", "", Role.DEPARTMENT, null, ""));
		return unitPage(id, model);
	}

	@Performs(Action.MANAGE_ORG)
	@PostMapping("/admin/units/{id}/departments")
	String addDepartment(@PathVariable long id, @Valid @ModelAttribute("newDepartment") NewDepartment department,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				org.createDepartment(id, department);
				return saved(id, "departments", redirect);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("newPerson", new NewPerson("", null, null, false, null));
		model.addAttribute("newAccount", new NewAccount("", "", Role.DEPARTMENT, null, ""));
		return unitPage(id, model);
	}

	@Performs(Action.MANAGE_ORG)
	@PostMapping("/admin/units/{id}/people")
	String addPerson(@PathVariable long id, @Valid @ModelAttribute("newPerson") NewPerson person, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				org.createPerson(id, person);
				return saved(id, "people", redirect);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("newDepartment", new NewDepartment(""));
		model.addAttribute("newAccount", new NewAccount("", "", Role.DEPARTMENT, null, ""));
		return unitPage(id, model);
	}

	@Performs(Action.MANAGE_ACCOUNTS)
	@PostMapping("/admin/units/{id}/accounts")
	String addAccount(@PathVariable long id, @Valid @ModelAttribute("newAccount") NewAccount account,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.addAccount(id, account);
				return saved(id, "accounts", redirect);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("newDepartment", new NewDepartment(""));
		model.addAttribute("newPerson", new NewPerson("", null, null, false, null));
		return unitPage(id, model);
	}

	private static String saved(long unitId, String section, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "form.saved");
		return "redirect:/admin/units/" + unitId + "#" + section;
	}

	private String unitsPage(Model model) {
		var units = org.units();
		model.addAttribute("units", units);
		model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(UnitView::id, UnitView::name)));
		return "org/units";
	}

	private String unitPage(long id, Model model) {
		model.addAttribute("unit", org.unit(id));
		var departments = org.departmentsOf(id);
		model.addAttribute("departments", departments);
		model.addAttribute("departmentNames",
				departments.stream().collect(Collectors.toMap(DepartmentView::id, DepartmentView::name)));
		model.addAttribute("people", org.peopleOf(id));
		model.addAttribute("accounts", accounts.accountsOf(id));
		model.addAttribute("roles", Role.values());
		return "org/unit";
	}
}
