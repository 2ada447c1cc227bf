package org.zhenggai.org;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "单位、科室与人员")
class OrgApi {

	private final OrgService org;
	private final AccountService accounts;

	OrgApi(OrgService org, AccountService accounts) {
		this.org = org;
		this.accounts = accounts;
	}

	@Performs(Action.READ_ORG)
	@GetMapping
	@Operation(summary = "All units, as a flat list with each unit's parent")
	List<UnitView> units() {
		return org.units();
	}

	@Performs(Action.MANAGE_UNITS)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a unit")
	UnitView createUnit(@Valid @RequestBody NewUnit unit) {
		return org.createUnit(unit);
	}

	@Performs(Action.READ_ORG)
	@GetMapping("/{id}")
	@Operation(summary = "One unit")
	UnitView unit(@PathVariable long id) {
		return org.unit(id);
	}

	@Performs(Action.READ_ORG)
	@GetMapping("/{id}/departments")
	@Operation(summary = "The departments of a unit")
	List<DepartmentView> departments(@PathVariable long id) {
		return org.departmentsOf(id);
	}

	@Performs(Action.MANAGE_ORG)
	@PostMapping("/{id}/departments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a department to a unit")
	DepartmentView createDepartment(@PathVariable long id, @Valid @RequestBody NewDepartment department) {
		return org.createDepartment(id, department);
	}

	@Performs(Action.MANAGE_ACCOUNTS)
	@GetMapping("/{id}/accounts")
	@Operation(summary = "The accounts of a unit")
	List<AccountService.AccountSummary> accounts(@PathVariable long id) {
		org.unit(id);
		return accounts.accountsOf(id);
	}

	@Performs(Action.MANAGE_ACCOUNTS)
	@PostMapping("/{id}/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Give a person of the unit a login in a role; a leader's account names the person")
	AccountService.AccountSummary createAccount(@PathVariable long id, @Valid @RequestBody NewAccount account) {
		return accounts.addAccount(id, account);
	}

	@Performs(Action.READ_ORG)
	@GetMapping("/{id}/people")
	@Operation(summary = "The people of a unit, leaders first")
	List<PersonView> people(@PathVariable long id) {
		return org.peopleOf(id);
	}

	@Performs(Action.MANAGE_ORG)
	@PostMapping("/{id}/people")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a person to a unit")
	PersonView createPerson(@PathVariable long id, @Valid @RequestBody NewPerson person) {
		return org.createPerson(id, person);
	}
}
