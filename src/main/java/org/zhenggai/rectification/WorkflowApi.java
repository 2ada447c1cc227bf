package org.zhenggai.rectification;

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
@Tag(name = "Hand-over and deadlines", description = "签收、延期申请与提请上级")
class WorkflowApi {

	private final MeasureWorkflow workflow;

	WorkflowApi(MeasureWorkflow workflow) {
		this.workflow = workflow;
	}

	@Performs(Action.SIGN_OFF)
	@PostMapping("/api/v1/measures/{id}/sign-off")
	@Operation(summary = "The department signs for a measure it leads or assists (签收)")
	MeasureView signFor(@PathVariable long id) {
		return workflow.signFor(id);
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/measures/{id}/extensions")
	@Operation(summary = "The measure's deadline extension requests, newest first")
	List<ExtensionView> extensions(@PathVariable long id) {
		return workflow.extensionsOf(id);
	}

	@Performs(Action.REQUEST_EXTENSION)
	@PostMapping("/api/v1/measures/{id}/extensions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The lead department asks for a later deadline (延期申请)")
	ExtensionView requestExtension(@PathVariable long id, @Valid @RequestBody MeasureWorkflow.ExtensionRequest request) {
		return workflow.requestExtension(id, request);
	}

	@Performs(Action.DECIDE_EXTENSION)
	@PostMapping("/api/v1/extensions/{id}/decision")
	@Operation(summary = "The office approves or refuses an extension; the original deadline stays on record")
	ExtensionView decide(@PathVariable long id, @Valid @RequestBody MeasureWorkflow.Decision decision) {
		return workflow.decideExtension(id, decision);
	}

	@Performs(Action.ESCALATE)
	@PostMapping("/api/v1/measures/{id}/escalation")
	@Operation(summary = "The office escalates a measure the unit cannot fix alone; it stays open")
	MeasureView escalate(@PathVariable long id, @Valid @RequestBody MeasureWorkflow.Escalation escalation) {
		return workflow.escalate(id, escalation);
	}
}
