package org.zhenggai.accountability;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;

@RestController
@Tag(name = "Accountability", description = "问责：提醒谈话、约谈、批评教育、通报批评、免职、追责问责")
class AccountabilityApi {

	private final AccountabilityService accountability;

	AccountabilityApi(AccountabilityService accountability) {
		this.accountability = accountability;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/accountability-actions")
	@Operation(summary = "The round's accountability actions, newest first")
	List<AccountabilityActionView> actions(@PathVariable long id) {
		return accountability.actionsOf(id);
	}

	@Performs(Action.RECORD_ACCOUNTABILITY)
	@PostMapping("/api/v1/rounds/{id}/accountability-actions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an action against a person or department, with date, reason and the problem or "
			+ "measure it concerns (office, discipline inspection or administrator)")
	AccountabilityActionView record(@PathVariable long id, @Valid @RequestBody NewAccountabilityAction action) {
		return accountability.record(id, action);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/accountability-actions/{id}")
	@Operation(summary = "One accountability action")
	AccountabilityActionView action(@PathVariable long id) {
		return accountability.action(id);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/accountability-summary")
	@Operation(summary = "Counts of the round's accountability actions per kind")
	AccountabilityService.AccountabilitySummary summary(@PathVariable long id) {
		return accountability.summary(id);
	}
}
