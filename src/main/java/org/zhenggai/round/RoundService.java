package org.zhenggai.round;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.OrgService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;

/** Records rounds and answers which round a piece of work belongs to. */
@Service
@Transactional(readOnly = true)
public class RoundService {

	private final RoundRepository rounds;
	private final Access access;
	private final OrgService org;
	private final AuditLog audit;
	private final Clock clock;

	private final OfficeRoundRepository officeRounds;

	RoundService(RoundRepository rounds, OfficeRoundRepository officeRounds, OrgService org, AuditLog audit, Clock clock,
			Access access) {
		this.access = access;
		this.officeRounds = officeRounds;
		this.rounds = rounds;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	public List<RoundView> rounds(@Nullable Long unitId) {
		var reach = access.reach(Action.READ);
		var found = unitId == null ? rounds.findAllByOrderByIdDesc() : rounds.findByUnitIdOrderByIdDesc(unitId);
		return found.stream().map(InspectionRound::view).filter(r -> reach.includes(r.unitId())).toList();
	}

	public RoundView round(long id) {
		return rounds.findById(id).map(InspectionRound::view).orElseThrow(() -> new NotFoundException("round", id));
	}

	public boolean anyRoundExists() {
		return rounds.count() > 0;
	}

	@Transactional
	public RoundView create(NewRound command) {
		access.requireInUnit(Action.SET_UP, command.unitId());
		var errors = new InvalidInputException.Collector()
			.rejectIf(org.findUnit(command.unitId()).isEmpty(), "unitId", "validation.unknown-unit", command.unitId())
			.rejectIf(before(command.stationingEnd(), command.stationingStart()), "stationingEnd",
					"validation.end-before-start")
			.rejectIf(before(command.feedbackDate(), command.stationingStart()), "feedbackDate",
					"validation.feedback-before-stationing")
			.rejectIf(before(command.rectificationDeadline(), command.feedbackDate()), "rectificationDeadline",
					"validation.deadline-before-feedback")
			.rejectIf(command.officeRoundId() != null && !officeRoundAbove(command.officeRoundId(), command.unitId()),
					"officeRoundId", "validation.office-round-not-above", command.officeRoundId());
		if (command.stages() != null) {
			for (int i = 0; i < command.stages().size(); i++) {
				var stage = command.stages().get(i);
				errors.rejectIf(before(stage.endsOn(), stage.startsOn()), "stages[" + i + "].endsOn",
						"validation.end-before-start");
			}
		}
		errors.throwIfAny();
		var view = rounds.save(new InspectionRound(command, Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "round", view.id(), null, view);
		return view;
	}

	/** Whether the round of inspections exists and its office stands above the unit (or is the unit). */
	boolean officeRoundAbove(long officeRoundId, long unitId) {
		return officeRounds.findById(officeRoundId)
			.map(o -> access.unitsBelow(o.view().unitId()).contains(unitId))
			.orElse(false);
	}

	private static boolean before(@Nullable LocalDate date, @Nullable LocalDate reference) {
		return date != null && reference != null && date.isBefore(reference);
	}
}
