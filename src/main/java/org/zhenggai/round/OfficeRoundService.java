package org.zhenggai.round;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.TargetKind;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StepRefusedException;

/**
 * Rounds of inspections (巡察轮次) at the inspection office's level: records them, puts the rounds
 * of the inspected units into them and marks their common problems published.
 */
@Service
@Transactional(readOnly = true)
public class OfficeRoundService {

	private final OfficeRoundRepository officeRounds;
	private final RoundRepository rounds;
	private final RoundService roundService;
	private final OrgService org;
	private final Access access;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	OfficeRoundService(OfficeRoundRepository officeRounds, RoundRepository rounds, RoundService roundService,
			OrgService org, Access access, CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.officeRounds = officeRounds;
		this.rounds = rounds;
		this.roundService = roundService;
		this.org = org;
		this.access = access;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** The rounds of inspections the account oversees, newest first: its office's and those of offices below. */
	public List<OfficeRoundView> officeRounds() {
		var reach = access.reach(Action.READ_OFFICE_ROUNDS);
		return officeRounds.findAllByOrderByIdDesc().stream().map(OfficeRound::view)
			.filter(o -> reach.includes(o.unitId()))
			.toList();
	}

	/**
	 * The rounds of inspections a new unit round may name: those whose office stands above one of
	 * the given units (the units the account may record rounds for).
	 */
	public List<OfficeRoundView> choicesFor(java.util.Collection<Long> unitIds) {
		return officeRounds.findAllByOrderByIdDesc().stream().map(OfficeRound::view)
			.filter(o -> {
				var below = access.unitsBelow(o.unitId());
				return unitIds.stream().anyMatch(below::contains);
			})
			.toList();
	}

	public OfficeRoundView officeRound(long id) {
		access.require(Action.READ_OFFICE_ROUNDS, TargetKind.OFFICE_ROUND, id);
		return load(id).view();
	}

	/**
	 * The round of inspections a unit round belongs to, for showing the unit what was published to
	 * it; the caller has checked that the account may read that unit round.
	 */
	public OfficeRoundView officeRoundOf(RoundView round) {
		if (round.officeRoundId() == null) {
			throw new NotFoundException("office-round", round.id());
		}
		return load(round.officeRoundId()).view();
	}

	/** The rounds of the units the round of inspections covers, oldest first. */
	public List<RoundView> roundsOf(long id) {
		officeRound(id);
		return rounds.findByOfficeRoundIdOrderByIdAsc(id).stream().map(InspectionRound::view).toList();
	}

	@Transactional
	public OfficeRoundView create(NewOfficeRound command) {
		access.requireInUnit(Action.MANAGE_OFFICE_ROUNDS, command.unitId());
		new InvalidInputException.Collector()
			.rejectIf(org.findUnit(command.unitId()).isEmpty(), "unitId", "validation.unknown-unit", command.unitId())
			.throwIfAny();
		var view = officeRounds.save(new OfficeRound(command, Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "office-round", view.id(), null, view);
		return view;
	}

	/** Puts a unit's existing round into the round of inspections; the unit must stand below the office. */
	@Transactional
	public RoundView link(long id, RoundLink link) {
		access.require(Action.MANAGE_OFFICE_ROUNDS, TargetKind.OFFICE_ROUND, id);
		var round = rounds.findById(link.roundId());
		new InvalidInputException.Collector()
			.rejectIf(round.isEmpty(), "roundId", "validation.unknown", link.roundId())
			.rejectIf(round.isPresent() && !roundService.officeRoundAbove(id, round.get().unitId()), "roundId",
					"validation.office-round-not-above", id)
			.throwIfAny();
		var found = round.get();
		if (found.officeRoundId() != null) {
			if (found.officeRoundId() == id) {
				return found.view();
			}
			throw new StepRefusedException("step.round-in-other-office-round");
		}
		var before = found.view();
		found.joinOfficeRound(id);
		var after = rounds.save(found).view();
		audit.record(AuditAction.UPDATE, "round", after.id(), before, after);
		return after;
	}

	/**
	 * Puts several unit rounds into the round of inspections at once: all of them or, if one may
	 * not join, none. Returns how many were chosen.
	 */
	@Transactional
	public int linkAll(long id, @Nullable List<Long> roundIds) {
		access.require(Action.MANAGE_OFFICE_ROUNDS, TargetKind.OFFICE_ROUND, id);
		var chosen = roundIds == null ? List.<Long>of() : roundIds.stream().filter(Objects::nonNull).distinct().toList();
		if (chosen.isEmpty()) {
			throw InvalidInputException.of("roundIds", "validation.choose-rounds");
		}
		// one transaction: a refusal of any round rolls back those linked before it
		chosen.forEach(roundId -> link(id, new RoundLink(roundId)));
		return chosen.size();
	}

	/** Marks the common problems published; the caller has checked the account may publish them. */
	@Transactional
	public OfficeRoundView markPublished(long id) {
		access.require(Action.PUBLISH_COMMON_PROBLEMS, TargetKind.OFFICE_ROUND, id);
		var officeRound = load(id);
		if (officeRound.published()) {
			throw new StepRefusedException("step.common-problems-published");
		}
		var before = officeRound.view();
		officeRound.publish(currentUser.isSystem() ? "system" : currentUser.get().username(), Instant.now(clock));
		var after = officeRounds.save(officeRound).view();
		audit.record(AuditAction.UPDATE, "office-round", id, before, after);
		return after;
	}

	private OfficeRound load(long id) {
		return officeRounds.findById(id).orElseThrow(() -> new NotFoundException("office-round", id));
	}
}
