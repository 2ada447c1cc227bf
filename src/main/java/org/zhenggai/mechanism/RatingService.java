package org.zhenggai.mechanism;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.TargetKind;
import org.zhenggai.round.OfficeRoundService;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.StepRefusedException;

/**
 * The inspection office rates how each unit of a round of inspections rectified (好 / 中 / 差); a
 * unit rated 差 is proposed for a look-back inspection.
 */
@Service
@Transactional(readOnly = true)
public class RatingService {

	private final RatingRepository ratings;
	private final RoundService rounds;
	private final OfficeRoundService officeRounds;
	private final LookBackService lookBacks;
	private final JdbcClient jdbc;
	private final OfficeSteps office;
	private final Access access;
	private final AuditLog audit;
	private final Clock clock;

	RatingService(RatingRepository ratings, RoundService rounds, OfficeRoundService officeRounds,
			LookBackService lookBacks, JdbcClient jdbc, OfficeSteps office, Access access, AuditLog audit, Clock clock) {
		this.ratings = ratings;
		this.rounds = rounds;
		this.officeRounds = officeRounds;
		this.lookBacks = lookBacks;
		this.jdbc = jdbc;
		this.office = office;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Rates the unit of the round, or changes the rating it has; only rounds of a round of inspections are rated. */
	@Transactional
	public RatingView rate(long roundId, NewRating command) {
		access.require(Action.RATE_UNIT, TargetKind.ROUND, roundId);
		var round = rounds.round(roundId);
		if (round.officeRoundId() == null) {
			throw new StepRefusedException("step.round-not-in-office-round");
		}
		String user = office.actor();
		LocalDate today = LocalDate.now(clock);
		String reason = command.reason().strip();
		var existing = ratings.findByRoundId(roundId);
		if (existing.isPresent()) {
			var rating = existing.get();
			var before = rating.view(round.unitId());
			rating.change(command.rating(), reason, user, today);
			var after = ratings.save(rating).view(round.unitId());
			audit.record(AuditAction.UPDATE, "unit-rating", after.id(), before, after);
			return after;
		}
		var after = ratings.save(new UnitRating(roundId, command.rating(), reason, user, today, Instant.now(clock)))
			.view(round.unitId());
		audit.record(AuditAction.CREATE, "unit-rating", after.id(), null, after);
		return after;
	}

	public Optional<RatingView> ratingOf(long roundId) {
		access.require(Action.READ_OFFICE_ROUNDS, TargetKind.ROUND, roundId);
		var round = rounds.round(roundId);
		return ratings.findByRoundId(roundId).map(r -> r.view(round.unitId()));
	}

	/** The units of the round of inspections rated 差, proposed for a look-back inspection, in unit order. */
	public List<LookBackProposal> lookBackProposals(long officeRoundId) {
		officeRounds.officeRound(officeRoundId);
		return jdbc.sql("""
				select r.id as round_id, r.unit_id, u.name as unit_name, ra.reason, ra.rated_on
				from unit_rating ra
				join inspection_round r on r.id = ra.round_id
				join unit u on u.id = r.unit_id
				where r.office_round_id = :officeRound and ra.rating = 'POOR'
				order by u.name, r.id
				""").param("officeRound", officeRoundId)
			.query((rs, n) -> new Poor(rs.getLong("round_id"), rs.getLong("unit_id"), rs.getString("unit_name"),
					rs.getString("reason"), rs.getObject("rated_on", LocalDate.class)))
			.list().stream()
			.map(p -> new LookBackProposal(p.roundId(), p.unitId(), p.unitName(), p.reason(), p.ratedOn(),
					lookBacks.summary(p.roundId())))
			.toList();
	}

	/** A unit rated 差, before its look-backs are counted. */
	private record Poor(long roundId, long unitId, String unitName, String reason, LocalDate ratedOn) {
	}
}
