package org.zhenggai.mechanism;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.round.OfficeRoundView;

@RestController
@Tag(name = "Inspection office", description = "巡察办：单位评价、回头看建议、反复出现的问题与共性问题清单")
class InspectionOfficeApi {

	private final RatingService ratings;
	private final CommonProblemService commonProblems;
	private final RecurrenceService recurrences;

	InspectionOfficeApi(RatingService ratings, CommonProblemService commonProblems, RecurrenceService recurrences) {
		this.ratings = ratings;
		this.commonProblems = commonProblems;
		this.recurrences = recurrences;
	}

	@Performs(Action.RATE_UNIT)
	@PutMapping("/api/v1/rounds/{id}/rating")
	@Operation(summary = "Rate the unit's rectification in its round: GOOD 好, FAIR 中 or POOR 差, with a reason; "
			+ "POOR proposes a look-back inspection")
	RatingView rate(@PathVariable long id, @Valid @RequestBody NewRating rating) {
		return ratings.rate(id, rating);
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/api/v1/rounds/{id}/rating")
	@Operation(summary = "The office's rating of the unit's rectification in this round; 204 when not rated yet")
	ResponseEntity<RatingView> rating(@PathVariable long id) {
		return ratings.ratingOf(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/api/v1/office-rounds/{id}/look-back-proposals")
	@Operation(summary = "The units rated POOR, proposed for a look-back inspection, with their look-backs so far")
	List<LookBackProposal> lookBackProposals(@PathVariable long id) {
		return ratings.lookBackProposals(id);
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/api/v1/office-rounds/{id}/recurrences")
	@Operation(summary = "Problems of the units found again from earlier rounds (屡改屡犯)")
	List<UnitRecurrence> recurrences(@PathVariable long id) {
		return recurrences.recurrencesOfOfficeRound(id);
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/api/v1/office-rounds/{id}/common-problems")
	@Operation(summary = "The common problems found, with every unit's problem texts under each")
	List<CommonProblemView> commonProblems(@PathVariable long id) {
		return commonProblems.commonProblemsOf(id);
	}

	@Performs(Action.PUBLISH_COMMON_PROBLEMS)
	@PostMapping("/api/v1/office-rounds/{id}/common-problems/grouping")
	@Operation(summary = "Group the units' problems by wording (smartcn words, cosine ≥ 0.6), replacing earlier "
			+ "groups; refused once published")
	List<CommonProblemView> group(@PathVariable long id) {
		return commonProblems.group(id);
	}

	@Performs(Action.PUBLISH_COMMON_PROBLEMS)
	@PatchMapping("/api/v1/common-problems/{id}")
	@Operation(summary = "Set a common problem's title and whether it is confirmed for publishing")
	CommonProblemView change(@PathVariable long id, @Valid @RequestBody CommonProblemChange change) {
		return commonProblems.change(id, change);
	}

	@Performs(Action.PUBLISH_COMMON_PROBLEMS)
	@PostMapping("/api/v1/office-rounds/{id}/common-problems/publication")
	@Operation(summary = "Publish the confirmed common problems to every unit of the round of inspections; once")
	OfficeRoundView publish(@PathVariable long id) {
		return commonProblems.publish(id);
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/rounds/{id}/common-problems")
	@Operation(summary = "The published common-problem list as the round's unit sees it, with its own problems "
			+ "under each common problem")
	PublishedCommonProblems published(@PathVariable long id) {
		return commonProblems.publishedFor(id);
	}
}
