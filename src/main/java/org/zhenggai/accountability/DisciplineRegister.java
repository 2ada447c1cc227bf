package org.zhenggai.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StaleVersionException;

/**
 * The register of clues (问题线索) and petitions (信访件). Only the discipline inspection group and
 * the administrator read or write it; everyone else, the rectification office included, is refused,
 * and nothing of it reaches the ledger, the documents or any public page.
 */
@Service
@Transactional(readOnly = true)
public class DisciplineRegister {

	private final ClueRepository clues;
	private final Access access;
	private final PetitionRepository petitions;
	private final RoundService rounds;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	DisciplineRegister(ClueRepository clues, PetitionRepository petitions, RoundService rounds,
			CurrentUser currentUser, AuditLog audit, Clock clock, Access access) {
		this.access = access;
		this.clues = clues;
		this.petitions = petitions;
		this.rounds = rounds;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the current account may see the register at all, for pages to decide what to show. */
	public boolean readable() {
		return access.can(Action.REGISTER);
	}

	public List<RegisterEntryView> cluesOf(long roundId) {
		access.require(Action.REGISTER, TargetKind.ROUND, roundId);
		disciplineOnly();
		rounds.round(roundId);
		return clues.findByRoundIdOrderByReceivedOnDescIdDesc(roundId).stream().map(RegisterEntry::view).toList();
	}

	public List<RegisterEntryView> petitionsOf(long roundId) {
		access.require(Action.REGISTER, TargetKind.ROUND, roundId);
		disciplineOnly();
		rounds.round(roundId);
		return petitions.findByRoundIdOrderByReceivedOnDescIdDesc(roundId).stream().map(RegisterEntry::view).toList();
	}

	public RegisterEntryView clue(long id) {
		access.require(Action.REGISTER, TargetKind.CLUE, id);
		disciplineOnly();
		return loadClue(id).view();
	}

	public RegisterEntryView petition(long id) {
		access.require(Action.REGISTER, TargetKind.PETITION, id);
		disciplineOnly();
		return loadPetition(id).view();
	}

	@Transactional
	public RegisterEntryView registerClue(long roundId, NewRegisterEntry command) {
		access.require(Action.REGISTER, TargetKind.ROUND, roundId);
		String user = disciplineOnly();
		rounds.round(roundId);
		check(command);
		var view = clues.save(new Clue(roundId, command, user, Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "clue", view.id(), null, view);
		return view;
	}

	@Transactional
	public RegisterEntryView registerPetition(long roundId, NewRegisterEntry command) {
		access.require(Action.REGISTER, TargetKind.ROUND, roundId);
		String user = disciplineOnly();
		rounds.round(roundId);
		check(command);
		var view = petitions.save(new Petition(roundId, command, user, Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "petition", view.id(), null, view);
		return view;
	}

	@Transactional
	public RegisterEntryView handleClue(long id, RegisterChange change) {
		access.require(Action.REGISTER, TargetKind.CLUE, id);
		disciplineOnly();
		var clue = loadClue(id);
		var before = handle(clue, change, "clue", id);
		var after = clues.save(clue).view();
		audit.record(AuditAction.UPDATE, "clue", id, before, after);
		return after;
	}

	@Transactional
	public RegisterEntryView handlePetition(long id, RegisterChange change) {
		access.require(Action.REGISTER, TargetKind.PETITION, id);
		disciplineOnly();
		var petition = loadPetition(id);
		var before = handle(petition, change, "petition", id);
		var after = petitions.save(petition).view();
		audit.record(AuditAction.UPDATE, "petition", id, before, after);
		return after;
	}

	private static RegisterEntryView handle(RegisterEntry entry, RegisterChange change, String entity, long id) {
		if (!change.version().equals(entry.version())) {
			throw new StaleVersionException(entity, id, entry.version());
		}
		String handedTo = change.handedTo() != null ? change.handedTo() : entry.handedTo();
		if (change.status() == HandlingStatus.HANDED_OVER && (handedTo == null || handedTo.isBlank())) {
			throw InvalidInputException.of("handedTo", "validation.handed-to-required");
		}
		var before = entry.view();
		entry.handle(change.status(), change.handedTo());
		return before;
	}

	private static void check(NewRegisterEntry command) {
		new InvalidInputException.Collector()
			.rejectIf(command.status() == HandlingStatus.HANDED_OVER
					&& (command.handedTo() == null || command.handedTo().isBlank()), "handedTo",
					"validation.handed-to-required")
			.throwIfAny();
	}

	private String disciplineOnly() {
		// Who may keep the register is the authorization table's to say; checked on entry.
		return currentUser.get().username();
	}

	private Clue loadClue(long id) {
		return clues.findById(id).orElseThrow(() -> new NotFoundException("clue", id));
	}

	private Petition loadPetition(long id) {
		return petitions.findById(id).orElseThrow(() -> new NotFoundException("petition", id));
	}
}
