package org.zhenggai.closure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.CurrentAccount;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.Role;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.MeasureStatus;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotAllowedException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StaleVersionException;
import org.zhenggai.shared.StepRefusedException;

/**
 * "完成一件、销号一件": every step of closing a measure, in order, by the one who may take it, and
 * the office's confirmation that a whole problem is closed.
 */
@Service
@Transactional(readOnly = true)
public class ClosureService {

	private static final List<ClosureRequest.Status> OPEN = List.of(ClosureRequest.Status.SUBMITTED,
			ClosureRequest.Status.OFFICE_APPROVED);

	private final ClosureRepository requests;
	private final Access access;
	private final MeasureService measures;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;

	ClosureService(ClosureRepository requests, MeasureService measures, CurrentUser currentUser, AuditLog audit,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, Access access) {
		this.access = access;
		this.requests = requests;
		this.measures = measures;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<ClosureView> requestsOf(long measureId) {
		measures.measure(measureId);
		return requests.findByMeasureIdOrderByIdDesc(measureId).stream().map(ClosureRequest::view).toList();
	}

	/** What waits for the office (submitted) or for leaders (approved by the office). */
	public List<ClosureView> waiting(String stage) {
		return access.visible(Action.READ, TargetKind.MEASURE, requests.findByStatusOrderByIdAsc(ClosureRequest.Status.valueOf(stage)).stream()
			.map(ClosureRequest::view).toList(), ClosureView::measureId);
	}

	/** The lead department asks to close a completed measure that has evidence. */
	@Transactional
	public ClosureView submit(long measureId, Submission submission) {
		access.require(Action.REQUEST_CLOSURE, TargetKind.MEASURE, measureId);
		var measure = measures.measure(measureId);
		var user = currentUser.get();
		if (!user.actsFor(measure.leadDepartmentId())) {
			throw new NotAllowedException("step.not-your-department");
		}
		if (measure.status() == MeasureStatus.CLOSED) {
			throw new StepRefusedException("step.already-closed");
		}
		if (measure.status() != MeasureStatus.COMPLETED) {
			throw new StepRefusedException("step.closure-needs-completion");
		}
		if (!measures.hasEvidence(measureId)) {
			throw new StepRefusedException("step.closure-needs-evidence");
		}
		if (requests.existsByMeasureIdAndStatusIn(measureId, OPEN)) {
			throw new StepRefusedException("step.closure-open");
		}
		var saved = requests.save(new ClosureRequest(measureId, submission.summary().strip(), user.username(),
				Instant.now(clock)));
		audit.record(AuditAction.CREATE, "closure", saved.view().id(), null, saved.view());
		return saved.view();
	}

	/** The office checks the evidence: passes the request to the leader, or returns it with a reason. */
	@Transactional
	public ClosureView review(long requestId, Decision decision) {
		access.require(Action.REVIEW_CLOSURE, TargetKind.CLOSURE, requestId);
		var request = load(requestId);
		var user = currentUser.get();
		return decide(request, decision, ClosureRequest.Status.SUBMITTED, user,
				() -> request.reviewedByOffice(decision.approve(), user.username(), decision.reason(), Instant.now(clock)));
	}

	/** The responsible leader approves, and the measure is closed; or returns it with a reason. */
	@Transactional
	public ClosureView approve(long requestId, Decision decision) {
		access.require(Action.APPROVE_CLOSURE, TargetKind.CLOSURE, requestId);
		var request = load(requestId);
		var user = currentUser.get();
		var measure = measures.measure(request.measureId());
		boolean leader = user.is(Role.LEADER) && user.personId() != null
				&& user.personId().equals(measure.responsibleLeaderId());
		if (!leader) {
			throw new NotAllowedException("step.leader-only");
		}
		var view = decide(request, decision, ClosureRequest.Status.OFFICE_APPROVED, user,
				() -> request.decidedByLeader(decision.approve(), user.username(), decision.reason(), Instant.now(clock)));
		if (decision.approve()) {
			measures.close(request.measureId(), LocalDate.now(clock));
		}
		return view;
	}

	/** The office confirms a problem closed once every one of its measures is. */
	@Transactional
	public ProblemClosure confirmProblem(long problemId) {
		access.require(Action.REVIEW_CLOSURE, TargetKind.PROBLEM, problemId);
		var user = currentUser.get();
		var problem = measures.problemRectification(problemId);
		if (problemClosure(problemId).isPresent()) {
			throw new StepRefusedException("step.problem-already-closed");
		}
		if (problem.status() != MeasureStatus.CLOSED) {
			throw new StepRefusedException("step.problem-not-ready");
		}
		Instant now = Instant.now(clock);
		jdbc.sql("insert into problem_closure (problem_id, confirmed_by, confirmed_at) values (:p, :by, :at)")
			.param("p", problemId).param("by", user.username()).param("at", Timestamp.from(now)).update();
		var closure = new ProblemClosure(problemId, user.username(), now);
		audit.record(AuditAction.CREATE, "problem-closure", problemId, null, closure);
		return closure;
	}

	/**
	 * Withdraws a problem's closure when a later check (a look-back) finds it came back; the
	 * reason stays in the audit trail.
	 */
	@Transactional
	public void reopenProblem(long problemId, String reason) {
		var closure = problemClosure(problemId);
		if (closure.isEmpty()) {
			return;
		}
		jdbc.sql("delete from problem_closure where problem_id = :p").param("p", problemId).update();
		audit.record(AuditAction.DELETE, "problem-closure", problemId, closure.get(), Map.of("reopened", reason));
	}

	public Optional<ProblemClosure> problemClosure(long problemId) {
		return jdbc.sql("select problem_id, confirmed_by, confirmed_at from problem_closure where problem_id = :p")
			.param("p", problemId)
			.query((rs, n) -> new ProblemClosure(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	private ClosureView decide(ClosureRequest request, Decision decision, ClosureRequest.Status expected,
			CurrentAccount user, Runnable step) {
		if (user.username().equals(request.requestedBy())) {
			throw new NotAllowedException("step.own-request");
		}
		if (request.status() != expected) {
			throw new StepRefusedException("step.closure-wrong-stage", request.status().name());
		}
		if (!decision.version().equals(request.version())) {
			throw new StaleVersionException("closure", request.view().id(), request.version());
		}
		if (!decision.approve() && (decision.reason() == null || decision.reason().isBlank())) {
			throw InvalidInputException.of("reason", "validation.reason-required");
		}
		var before = request.view();
		step.run();
		// Saving checks the version again: of two reviewers deciding at once, the second is told.
		var saved = requests.save(request).view();
		audit.record(AuditAction.UPDATE, "closure", saved.id(), before, saved);
		if (!decision.approve()) {
			events.publishEvent(new ClosureReturned(saved.measureId(),
					measures.measure(saved.measureId()).leadDepartmentId(), decision.reason()));
		}
		return saved;
	}

	private ClosureRequest load(long id) {
		return requests.findById(id).orElseThrow(() -> new NotFoundException("closure", id));
	}

	/** What the department says was done, for the reviewers. */
	public record Submission(@NotBlank @Size(max = 4000) String summary) {
	}

	/** An approval, or a return that needs a reason, for the version of the request that was read. */
	public record Decision(boolean approve, @Size(max = 2000) @Nullable String reason, @NotNull Integer version) {
	}

	/** The office's confirmation that a problem is closed. */
	public record ProblemClosure(long problemId, String confirmedBy, Instant confirmedAt) {
	}
}
