package org.zhenggai.feedback;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.shared.Direction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Problem list", description = "问题清单：问题类别、问题与具体表现")
class FeedbackApi {

	private final FeedbackService feedback;

	FeedbackApi(FeedbackService feedback) {
		this.feedback = feedback;
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/rounds/{id}/categories")
	@Operation(summary = "The round's problem list: categories with their problems, in feedback order")
	List<FeedbackService.CategoryTree> problemList(@PathVariable long id) {
		return feedback.problemList(id);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/api/v1/rounds/{id}/categories")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a category to the round's feedback")
	CategoryView addCategory(@PathVariable long id, @Valid @RequestBody NewCategory category) {
		return feedback.addCategory(id, category);
	}

	@Performs(Action.SET_UP)
	@PatchMapping("/api/v1/categories/{id}")
	@Operation(summary = "Rename a category; send the version you read, a stale one gets 409")
	CategoryView renameCategory(@PathVariable long id, @Valid @RequestBody CategoryChange change) {
		return feedback.renameCategory(id, change);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/api/v1/categories/{id}/move")
	@Operation(summary = "Move a category one place up or down")
	List<FeedbackService.CategoryTree> moveCategory(@PathVariable long id, @Valid @RequestBody Move move) {
		feedback.moveCategory(id, move.direction());
		return feedback.problemList(feedback.category(id).roundId());
	}

	@Performs(Action.SET_UP)
	@PatchMapping("/api/v1/problems/{id}")
	@Operation(summary = "Change a problem's text, responsibility and manifestations; a stale version gets 409")
	ProblemView changeProblem(@PathVariable long id, @Valid @RequestBody ProblemChange change) {
		return feedback.changeProblem(id, change);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/api/v1/problems/{id}/move")
	@Operation(summary = "Move a problem one place up or down within its category")
	List<FeedbackService.CategoryTree> moveProblem(@PathVariable long id, @Valid @RequestBody Move move) {
		feedback.moveProblem(id, move.direction());
		return feedback.problemList(feedback.problem(id).roundId());
	}

	/** Which way to move an item of an ordered list. */
	record Move(@NotNull Direction direction) {
	}

	@Performs(Action.SET_UP)
	@PostMapping("/api/v1/categories/{id}/problems")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a problem, with its manifestations, to a category")
	ProblemView addProblem(@PathVariable long id, @Valid @RequestBody NewProblem problem) {
		return feedback.addProblem(id, problem);
	}
}
