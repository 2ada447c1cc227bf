package org.zhenggai.closure;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;

@RestController
@Tag(name = "Closing items", description = "销号：申请、整改办审核、责任领导审批、问题销号确认")
class ClosureApi {

	private final ClosureService closures;

	ClosureApi(ClosureService closures) {
		this.closures = closures;
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/measures/{id}/closures")
	@Operation(summary = "The measure's closure requests with every step, newest first")
	List<ClosureView> requests(@PathVariable long id) {
		return closures.requestsOf(id);
	}

	@Performs(Action.REQUEST_CLOSURE)
	@PostMapping("/api/v1/measures/{id}/closures")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The lead department asks to close a completed measure with evidence")
	ClosureView submit(@PathVariable long id, @Valid @RequestBody ClosureService.Submission submission) {
		return closures.submit(id, submission);
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/closures")
	@Operation(summary = "Requests waiting at a step: SUBMITTED (for the office) or OFFICE_APPROVED (for leaders)")
	List<ClosureView> waiting(@RequestParam(defaultValue = "SUBMITTED") String status) {
		return closures.waiting(status);
	}

	@Performs(Action.REVIEW_CLOSURE)
	@PostMapping("/api/v1/closures/{id}/review")
	@Operation(summary = "The office passes the request to the leader or returns it with a reason")
	ClosureView review(@PathVariable long id, @Valid @RequestBody ClosureService.Decision decision) {
		return closures.review(id, decision);
	}

	@Performs(Action.APPROVE_CLOSURE)
	@PostMapping("/api/v1/closures/{id}/approval")
	@Operation(summary = "The responsible leader approves (the measure is closed) or returns it with a reason")
	ClosureView approve(@PathVariable long id, @Valid @RequestBody ClosureService.Decision decision) {
		return closures.approve(id, decision);
	}

	@Performs(Action.REVIEW_CLOSURE)
	@PostMapping("/api/v1/problems/{id}/closure")
	@Operation(summary = "The office confirms a problem closed once all its measures are")
	ClosureService.ProblemClosure confirmProblem(@PathVariable long id) {
		return closures.confirmProblem(id);
	}
}
