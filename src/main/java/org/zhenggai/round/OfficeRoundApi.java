package org.zhenggai.round;

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
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;

@RestController
@RequestMapping("/api/v1/office-rounds")
@Tag(name = "Rounds of inspections", description = "巡察轮次：巡察办所见的多个被巡察单位")
class OfficeRoundApi {

	private final OfficeRoundService officeRounds;

	OfficeRoundApi(OfficeRoundService officeRounds) {
		this.officeRounds = officeRounds;
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping
	@Operation(summary = "The rounds of inspections of the account's office and of the offices below it, newest first")
	List<OfficeRoundView> officeRounds() {
		return officeRounds.officeRounds();
	}

	@Performs(Action.MANAGE_OFFICE_ROUNDS)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a round of inspections run by an inspection office (unitId: the office)")
	OfficeRoundView create(@Valid @RequestBody NewOfficeRound officeRound) {
		return officeRounds.create(officeRound);
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/{id}")
	@Operation(summary = "One round of inspections")
	OfficeRoundView officeRound(@PathVariable long id) {
		return officeRounds.officeRound(id);
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/{id}/rounds")
	@Operation(summary = "The rounds of the inspected units that belong to the round of inspections")
	List<RoundView> rounds(@PathVariable long id) {
		return officeRounds.roundsOf(id);
	}

	@Performs(Action.MANAGE_OFFICE_ROUNDS)
	@PostMapping("/{id}/rounds")
	@Operation(summary = "Put an existing unit round into the round of inspections; its unit must stand below the office")
	RoundView link(@PathVariable long id, @Valid @RequestBody RoundLink link) {
		return officeRounds.link(id, link);
	}
}
