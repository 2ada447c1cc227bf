package org.zhenggai.accountability;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
@Tag(name = "Clues and petitions", description = "问题线索与信访件登记：仅纪检和系统管理员可见，其他角色一律 403")
class RegisterApi {

	private final DisciplineRegister register;

	RegisterApi(DisciplineRegister register) {
		this.register = register;
	}

	@Performs(Action.REGISTER)
	@GetMapping("/api/v1/rounds/{id}/clues")
	@Operation(summary = "The round's clues (discipline inspection and administrator only)")
	List<RegisterEntryView> clues(@PathVariable long id) {
		return register.cluesOf(id);
	}

	@Performs(Action.REGISTER)
	@PostMapping("/api/v1/rounds/{id}/clues")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a clue (discipline inspection and administrator only)")
	RegisterEntryView registerClue(@PathVariable long id, @Valid @RequestBody NewRegisterEntry clue) {
		return register.registerClue(id, clue);
	}

	@Performs(Action.REGISTER)
	@GetMapping("/api/v1/clues/{id}")
	@Operation(summary = "One clue (discipline inspection and administrator only)")
	RegisterEntryView clue(@PathVariable long id) {
		return register.clue(id);
	}

	@Performs(Action.REGISTER)
	@PatchMapping("/api/v1/clues/{id}")
	@Operation(summary = "Change a clue's handling status and to whom it was handed; send the version you read")
	RegisterEntryView handleClue(@PathVariable long id, @Valid @RequestBody RegisterChange change) {
		return register.handleClue(id, change);
	}

	@Performs(Action.REGISTER)
	@GetMapping("/api/v1/rounds/{id}/petitions")
	@Operation(summary = "The round's petitions (discipline inspection and administrator only)")
	List<RegisterEntryView> petitions(@PathVariable long id) {
		return register.petitionsOf(id);
	}

	@Performs(Action.REGISTER)
	@PostMapping("/api/v1/rounds/{id}/petitions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a petition (discipline inspection and administrator only)")
	RegisterEntryView registerPetition(@PathVariable long id, @Valid @RequestBody NewRegisterEntry petition) {
		return register.registerPetition(id, petition);
	}

	@Performs(Action.REGISTER)
	@GetMapping("/api/v1/petitions/{id}")
	@Operation(summary = "One petition (discipline inspection and administrator only)")
	RegisterEntryView petition(@PathVariable long id) {
		return register.petition(id);
	}

	@Performs(Action.REGISTER)
	@PatchMapping("/api/v1/petitions/{id}")
	@Operation(summary = "Change a petition's handling status and to whom it was handed; send the version you read")
	RegisterEntryView handlePetition(@PathVariable long id, @Valid @RequestBody RegisterChange change) {
		return register.handlePetition(id, change);
	}
}
