package org.zhenggai.round;

import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;

@RestController
@RequestMapping("/api/v1/rounds")
@Tag(name = "Rounds", description = "巡视巡察轮次")
class RoundApi {

	private final RoundService rounds;

	RoundApi(RoundService rounds) {
		this.rounds = rounds;
	}

	@Performs(Action.READ)
	@GetMapping
	@Operation(summary = "All rounds, newest first; optionally of one inspected unit")
	List<RoundView> rounds(@RequestParam(required = false) @Nullable Long unitId) {
		return rounds.rounds(unitId);
	}

	@Performs(Action.SET_UP)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an inspection round")
	RoundView create(@Valid @RequestBody NewRound round) {
		return rounds.create(round);
	}

	@Performs(Action.READ)
	@GetMapping("/{id}")
	@Operation(summary = "One round with its stages")
	RoundView round(@PathVariable long id) {
		return rounds.round(id);
	}
}
