package org.zhenggai.rectification;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhenggai.org.DepartmentView;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.PersonView;

/** The unit's people and departments, by id for display and as the pick-lists of the forms. */
@Component
class UnitChoices {

	private final OrgService org;

	UnitChoices(OrgService org) {
		this.org = org;
	}

	void addTo(long unitId, Model model) {
		var people = org.peopleOf(unitId);
		var departments = org.departmentsOf(unitId);
		model.addAttribute("people", people);
		model.addAttribute("leaders", people.stream().filter(PersonView::leader).toList());
		model.addAttribute("departments", departments);
		model.addAttribute("personNames", people.stream().collect(Collectors.toMap(PersonView::id, PersonView::name)));
		model.addAttribute("departmentNames",
				departments.stream().collect(Collectors.toMap(DepartmentView::id, DepartmentView::name)));
	}
}
