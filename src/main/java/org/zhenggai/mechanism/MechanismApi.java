package org.zhenggai.mechanism;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
@Tag(name = "Rules, look-backs and recurrences", description = "建章立制、回头看与屡改屡犯")
class MechanismApi {

	private final RuleService rules;
	private final LookBackService lookBacks;
	private final RecurrenceService recurrences;

	MechanismApi(RuleService rules, LookBackService lookBacks, RecurrenceService recurrences) {
		this.rules = rules;
		this.lookBacks = lookBacks;
		this.recurrences = recurrences;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/rules")
	@Operation(summary = "The round's rules written or revised, in the order issued")
	List<RuleView> rules(@PathVariable long id) {
		return rules.rulesOf(id);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/api/v1/rounds/{id}/rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a rule: title, document number, date, NEW or REVISED, the problems it answers "
			+ "(office only)")
	RuleView recordRule(@PathVariable long id, @Valid @RequestBody NewRule rule) {
		return rules.record(id, rule);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rules/{id}")
	@Operation(summary = "One rule")
	RuleView rule(@PathVariable long id) {
		return rules.rule(id);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/problems/{id}/rules")
	@Operation(summary = "The rules that answer a problem")
	List<RuleView> rulesOfProblem(@PathVariable long id) {
		return rules.rulesOfProblem(id);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/look-backs")
	@Operation(summary = "The round's look-backs by due date")
	List<LookBackView> lookBacks(@PathVariable long id) {
		return lookBacks.lookBacksOf(id);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/problems/{id}/look-backs")
	@Operation(summary = "A problem's look-backs by due date")
	List<LookBackView> lookBacksOfProblem(@PathVariable long id) {
		return lookBacks.lookBacksOfProblem(id);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/api/v1/problems/{id}/look-backs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule look-backs of a closed problem: on dueOn, or monthsAfterClosing (default 3 and 6); "
			+ "409 when the problem is not closed (office only)")
	List<LookBackView> schedule(@PathVariable long id, @Valid @RequestBody LookBackSchedule schedule) {
		return lookBacks.schedule(id, schedule);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/look-backs/due")
	@Operation(summary = "Look-backs of all rounds not yet recorded and due within the given days (0: due now)")
	List<LookBackView> due(@RequestParam(defaultValue = "0") @Min(0) @Max(366) int withinDays) {
		return lookBacks.due(withinDays);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/look-backs/{id}")
	@Operation(summary = "One look-back")
	LookBackView lookBack(@PathVariable long id) {
		return lookBacks.lookBack(id);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/api/v1/look-backs/{id}/outcome")
	@Operation(summary = "Record HELD or REBOUNDED (with the finding), once; REBOUNDED reopens the problem and adds a "
			+ "measure for the finding (office only)")
	LookBackView record(@PathVariable long id, @Valid @RequestBody LookBackResult result) {
		return lookBacks.record(id, result);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/problems/{id}/recurrence-candidates")
	@Operation(summary = "Up to five problems of earlier rounds (any unit) worded most like this one, by character "
			+ "bigram similarity of the titles")
	List<RecurrenceCandidate> candidates(@PathVariable long id) {
		return recurrences.candidates(id);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/problems/{id}/recurrences")
	@Operation(summary = "The earlier problems this problem repeats")
	List<RecurrenceView> recurrencesOfProblem(@PathVariable long id) {
		return recurrences.recurrencesOfProblem(id);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/api/v1/problems/{id}/recurrences")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Link a problem to the problem of an earlier round it repeats (office only)")
	RecurrenceView link(@PathVariable long id, @Valid @RequestBody NewRecurrence recurrence) {
		return recurrences.link(id, recurrence);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/recurrences")
	@Operation(summary = "The round's problems that repeat problems of earlier rounds (屡改屡犯)")
	List<RecurrenceView> recurrences(@PathVariable long id) {
		return recurrences.recurrencesOf(id);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/mechanism-summary")
	@Operation(summary = "Counts of the round's rules, look-backs and recurrences")
	Summary summary(@PathVariable long id) {
		var all = rules.rulesOf(id);
		return new Summary(all.size(), all.stream().filter(r -> r.kind() == RuleKind.NEW).count(),
				all.stream().filter(r -> r.kind() == RuleKind.REVISED).count(), lookBacks.summary(id),
				recurrences.recurrencesOf(id).size());
	}

	/** A round's long-term work in figures. */
	record Summary(long rules, long newRules, long revisedRules, LookBackService.LookBackSummary lookBacks,
			long recurrences) {
	}
}
