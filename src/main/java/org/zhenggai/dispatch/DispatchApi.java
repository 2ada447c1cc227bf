package org.zhenggai.dispatch;

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
@Tag(name = "Dispatch and spot checks", description = "调度会、调度决定与随机抽查")
class DispatchApi {

	private final DispatchService dispatch;
	private final SpotCheckService spotChecks;

	DispatchApi(DispatchService dispatch, SpotCheckService spotChecks) {
		this.dispatch = dispatch;
		this.spotChecks = spotChecks;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/dispatch-meetings")
	@Operation(summary = "The round's dispatch meetings, newest first")
	List<DispatchMeetingView> meetings(@PathVariable long id) {
		return dispatch.meetingsOf(id);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/api/v1/rounds/{id}/dispatch-meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a dispatch meeting: date, chair, attendees and the measures heard (office only)")
	DispatchMeetingView hold(@PathVariable long id, @Valid @RequestBody NewDispatchMeeting meeting) {
		return dispatch.hold(id, meeting);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/dispatch-meetings/{id}")
	@Operation(summary = "One dispatch meeting with its decisions")
	DispatchMeetingView meeting(@PathVariable long id) {
		return dispatch.meeting(id);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/api/v1/dispatch-meetings/{id}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Minute a decision: NOTE, NEW_DEADLINE (moves a heard measure's deadline) or FOLLOW_UP "
			+ "(adds a follow-up measure to the heard measure's problem); answers the meeting (office only)")
	DispatchMeetingView decide(@PathVariable long id, @Valid @RequestBody NewDecision decision) {
		return dispatch.decide(id, decision);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/measures/{id}/meetings")
	@Operation(summary = "The dispatch meetings that heard a measure, decided on it or created it, newest first")
	List<DispatchMeetingView> meetingsOfMeasure(@PathVariable long id) {
		return dispatch.meetingsOfMeasure(id);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/dispatch-summary")
	@Operation(summary = "Counts of the round's dispatching and spot checks")
	Summary summary(@PathVariable long id) {
		return new Summary(dispatch.summary(id), spotChecks.summary(id));
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/spot-checks")
	@Operation(summary = "The round's spot checks, newest first")
	List<SpotCheckView> spotChecks(@PathVariable long id) {
		return spotChecks.checksOf(id);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/api/v1/rounds/{id}/spot-checks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw a random sample of the round's completed or closed measures by percentage or count; "
			+ "the same seed draws the same sample (office only)")
	SpotCheckView draw(@PathVariable long id, @Valid @RequestBody NewSpotCheck draw) {
		return spotChecks.draw(id, draw);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/spot-checks/{id}")
	@Operation(summary = "One spot check with its sample and results")
	SpotCheckView spotCheck(@PathVariable long id) {
		return spotChecks.check(id);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/api/v1/spot-checks/{id}/results")
	@Operation(summary = "Record PASSED or FAILED (with a reason) for one sampled measure, once; FAILED reopens it "
			+ "(office only)")
	SpotCheckView record(@PathVariable long id, @Valid @RequestBody CheckResult result) {
		return spotChecks.record(id, result);
	}

	/** A round's dispatching and spot checks in figures. */
	record Summary(DispatchService.DispatchSummary dispatch, SpotCheckService.SpotCheckSummary spotChecks) {
	}
}
