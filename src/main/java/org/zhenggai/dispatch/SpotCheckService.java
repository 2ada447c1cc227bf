package org.zhenggai.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.rectification.LedgerFilter;
import org.zhenggai.rectification.LedgerQuery;
import org.zhenggai.rectification.LedgerRow;
import org.zhenggai.rectification.LedgerSort;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StepRefusedException;

/**
 * Spot checks ("定期抽查、随机评价"): the office draws completed or closed measures at random and
 * checks each again; a measure that fails is reopened with the reason, for its department to see.
 */
@Service
@Transactional(readOnly = true)
public class SpotCheckService {

	private final SpotCheckRepository checks;
	private final Access access;
	private final LedgerQuery ledger;
	private final MeasureService measures;
	private final RoundService rounds;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final MessageSource messages;
	private final Clock clock;

	SpotCheckService(SpotCheckRepository checks, LedgerQuery ledger, MeasureService measures, RoundService rounds,
			CurrentUser currentUser, AuditLog audit, MessageSource messages, Clock clock, Access access) {
		this.access = access;
		this.checks = checks;
		this.ledger = ledger;
		this.measures = measures;
		this.rounds = rounds;
		this.currentUser = currentUser;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	public List<SpotCheckView> checksOf(long roundId) {
		rounds.round(roundId);
		return checks.findByRoundIdOrderByIdDesc(roundId).stream().map(SpotCheck::view).toList();
	}

	public SpotCheckView check(long id) {
		return load(id).view();
	}

	/** Draws a sample of the round's completed or closed measures; the same seed draws the same sample. */
	@Transactional
	public SpotCheckView draw(long roundId, NewSpotCheck command) {
		access.require(Action.RECORD_OVERSIGHT, TargetKind.ROUND, roundId);
		var user = officeOnly();
		rounds.round(roundId);
		new InvalidInputException.Collector()
			.rejectIf(command.percentage() == null && command.count() == null, "count", "validation.percentage-or-count")
			.rejectIf(command.percentage() != null && command.count() != null, "percentage",
					"validation.percentage-or-count")
			.throwIfAny();
		List<Long> population = ledger.all(roundId, LedgerFilter.none(), LedgerSort.LEDGER).stream()
			.filter(r -> r.status().done())
			.map(LedgerRow::measureId)
			.toList();
		if (population.isEmpty()) {
			throw new StepRefusedException("step.spot-check-nothing-done");
		}
		long seed = command.seed() != null ? command.seed() : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
		var sample = SpotSample.draw(population, seed, command.percentage(), command.count());
		var view = checks.save(new SpotCheck(roundId, LocalDate.now(clock), sample, user, Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "spot-check", view.id(), null, view);
		return view;
	}

	/** Records the result for one sampled measure, once; a failure reopens the measure with the reason. */
	@Transactional
	public SpotCheckView record(long checkId, CheckResult command) {
		access.require(Action.RECORD_OVERSIGHT, TargetKind.SPOT_CHECK, checkId);
		var user = officeOnly();
		var check = load(checkId);
		var item = check.item(command.measureId())
			.orElseThrow(() -> InvalidInputException.of("measureId", "validation.not-in-sample", command.measureId()));
		if (item.result() != null) {
			throw new StepRefusedException("step.spot-check-recorded");
		}
		boolean failed = command.result() == SpotCheckResult.FAILED;
		String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
		if (failed && reason == null) {
			throw InvalidInputException.of("reason", "validation.reason-required");
		}
		var before = check.view();
		check.record(command.measureId(), command.result(), reason, user, LocalDate.now(clock));
		var after = checks.save(check).view();
		audit.record(AuditAction.UPDATE, "spot-check", checkId, before, after);
		if (failed) {
			// The reopening reason goes into the measure's progress: written in the unit's language, not the reader's.
			measures.reopen(command.measureId(), messages.getMessage("spot-check.reopened", new Object[] { reason },
					Locale.SIMPLIFIED_CHINESE));
		}
		return after;
	}

	/** Counts of a round's spot checks: draws, measures drawn, checked, passed and failed. */
	public SpotCheckSummary summary(long roundId) {
		var all = checksOf(roundId);
		var items = all.stream().flatMap(c -> c.items().stream()).toList();
		return new SpotCheckSummary(all.size(), items.size(),
				items.stream().filter(i -> i.result() == SpotCheckResult.PASSED).count(),
				items.stream().filter(i -> i.result() == SpotCheckResult.FAILED).count(),
				items.stream().filter(i -> i.result() == null).count());
	}

	private String officeOnly() {
		return currentUser.get().username();
	}

	private SpotCheck load(long id) {
		return checks.findById(id).orElseThrow(() -> new NotFoundException("spot-check", id));
	}

	/** How much checking a round has had. */
	public record SpotCheckSummary(long spotChecks, long measuresDrawn, long passed, long failed, long pending) {
	}
}
