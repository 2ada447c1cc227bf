package org.zhenggai.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.ProblemView;
import org.zhenggai.org.OrgService;
import org.zhenggai.round.RoundService;
import org.zhenggai.round.RoundView;
import org.zhenggai.shared.Direction;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.Positions;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StaleVersionException;
import org.zhenggai.shared.StepRefusedException;

/** Measures and their progress: the transaction boundary and the rules of the task list. */
@Service
@Transactional(readOnly = true)
public class MeasureService {

	private final MeasureRepository measures;
	private final Access access;
	private final ProgressReportRepository reports;
	private final EvidenceIntake evidence;
	private final FeedbackService feedback;
	private final RoundService rounds;
	private final OrgService org;
	private final AuditLog audit;
	private final Clock clock;
	private final HandOver handOver;
	private final StoredStatus storedStatus;

	MeasureService(MeasureRepository measures, ProgressReportRepository reports, EvidenceIntake evidence,
			FeedbackService feedback, RoundService rounds, OrgService org, AuditLog audit, Clock clock,
			HandOver handOver, Access access, StoredStatus storedStatus) {
		this.access = access;
		this.storedStatus = storedStatus;
		this.handOver = handOver;
		this.measures = measures;
		this.reports = reports;
		this.evidence = evidence;
		this.feedback = feedback;
		this.rounds = rounds;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	public MeasureView measure(long id) {
		return view(load(id));
	}

	public List<MeasureView> measuresOf(long problemId) {
		feedback.problem(problemId);
		return visible(measures.findByProblemIdOrderByPosition(problemId).stream().map(this::view).toList());
	}

	/** The measures the account may read: for a department only those it leads or assists. */
	private List<MeasureView> visible(List<MeasureView> all) {
		var reach = access.reach(Action.READ);
		if (!reach.ownOnly()) {
			return all;
		}
		return all.stream()
			.filter(m -> reach.department() != null
					? reach.department().equals(m.leadDepartmentId()) || m.assistingDepartmentIds().contains(reach.department())
					: reach.leader().equals(m.responsibleLeaderId()))
			.toList();
	}

	/** A problem with its measures and the status that follows from them. */
	public ProblemRectification problemRectification(long problemId) {
		ProblemView problem = feedback.problem(problemId);
		var measureViews = measuresOf(problemId);
		var status = MeasureStatus.ofProblem(measureViews.stream().map(MeasureView::status).toList());
		boolean overdue = measureViews.stream().anyMatch(MeasureView::overdue);
		return new ProblemRectification(problem, status, overdue, measureViews);
	}

	public List<ProgressView> progressOf(long measureId) {
		load(measureId);
		return reports.findByMeasureIdOrderByReportedOnDescIdDesc(measureId).stream().map(ProgressReport::view).toList();
	}

	@Transactional
	public MeasureView addMeasure(long problemId, NewMeasure command) {
		access.require(Action.SET_UP, TargetKind.PROBLEM, problemId);
		ProblemView problem = feedback.problem(problemId);
		var draft = new MeasureDraft(command.text(), command.kind(),
				command.responsibleLeaderId() != null ? command.responsibleLeaderId() : problem.responsibleLeaderId(),
				command.leadDepartmentId() != null ? command.leadDepartmentId() : problem.leadDepartmentId(),
				command.assistingDepartmentIds() == null ? List.of() : List.copyOf(command.assistingDepartmentIds()),
				command.responsiblePersonId(), command.deadline(), command.target());
		check(draft, rounds.round(problem.roundId()));
		int position = measures.countByProblemId(problemId) + 1;
		var measure = measures.save(new Measure(problem.roundId(), problemId, position, draft, Instant.now(clock)));
		storedStatus.added(problem.roundId());
		var view = view(measure);
		audit.record(AuditAction.CREATE, "measure", view.id(), null, measure.draft());
		return view;
	}

	@Transactional
	public MeasureView change(long id, MeasureChange change) {
		access.require(Action.SET_UP, TargetKind.MEASURE, id);
		var measure = load(id);
		return replace(measure, change.version(), change.applyTo(measure.draft()));
	}

	/** Replaces the whole editable content, as the edit form sends it, if {@code version} is still current. */
	@Transactional
	MeasureView replace(long id, int version, MeasureDraft draft) {
		return replace(load(id), version, draft);
	}

	private MeasureView replace(Measure measure, int version, MeasureDraft after) {
		if (measure.version() == null || version != measure.version()) {
			throw new StaleVersionException("measure", measure.id(), measure.version());
		}
		var before = measure.draft();
		check(after, rounds.round(measure.roundId()));
		measure.apply(after);
		// Saving compares the version in the database too, so a concurrent edit that got here first
		// makes this one fail instead of being overwritten.
		var saved = measures.save(measure);
		audit.record(AuditAction.UPDATE, "measure", measure.id(), before, after);
		return view(saved);
	}

	@Transactional
	public ProgressView reportProgress(long measureId, NewProgress command, List<EvidenceUpload> uploads) {
		access.require(Action.REPORT_PROGRESS, TargetKind.MEASURE, measureId);
		storedStatus.lock(measureId);
		var measure = load(measureId);
		LocalDate today = LocalDate.now(clock);
		LocalDate reportedOn = command.reportedOn() != null ? command.reportedOn() : today;
		new InvalidInputException.Collector()
			.rejectIf(reportedOn.isAfter(today), "reportedOn", "validation.date-in-future")
			.throwIfAny();
		var files = evidence.accept(uploads);
		var report = reports.save(new ProgressReport(measure.id(), reportedOn, command.text().strip(), command.phrase(),
				currentUser(), files, Instant.now(clock)));
		storedStatus.refresh(measureId);
		var view = report.view();
		audit.record(AuditAction.CREATE, "progress", view.id(), null, view);
		return view;
	}

	/** Whether any progress report of the measure carries evidence: nothing is closed without proof. */
	public boolean hasEvidence(long measureId) {
		return reports.findByMeasureIdOrderByReportedOnDescIdDesc(measureId).stream()
			.anyMatch(r -> !r.view().evidence().isEmpty());
	}

	/** Marks the measure closed after its closure was approved (销号). */
	@Transactional
	public MeasureView close(long id, LocalDate on) {
		storedStatus.lock(id);
		var measure = load(id);
		measure.close(on);
		var saved = measures.save(measure);
		storedStatus.refresh(id);
		audit.record(AuditAction.UPDATE, "measure", id, Map.of("closedOn", ""), Map.of("closedOn", on.toString()));
		return view(saved);
	}

	/**
	 * Reopens a closed or completed measure when a check finds the work not done: the reason is
	 * added to its progress, so the department sees why, and the measure counts as in progress again.
	 */
	@Transactional
	public MeasureView reopen(long id, String reason) {
		storedStatus.lock(id);
		var measure = load(id);
		var before = measure.closedOn();
		measure.reopen();
		measures.save(measure);
		reports.save(new ProgressReport(id, LocalDate.now(clock), reason, ProgressPhrase.IN_PROGRESS, currentUser(),
				List.of(), Instant.now(clock)));
		storedStatus.refresh(id);
		audit.record(AuditAction.UPDATE, "measure", id, Map.of("closedOn", before == null ? "" : before.toString()),
				Map.of("closedOn", "", "reopened", reason));
		return measure(id);
	}

	/** Hands the measure to the level above with a justification; it stays open and visible as such. */
	@Transactional
	public MeasureView escalate(long id, String reason) {
		var measure = load(id);
		if (measure.escalationReason() != null) {
			throw new StepRefusedException("step.already-escalated");
		}
		measure.escalate(reason.strip(), Instant.now(clock));
		var saved = measures.save(measure);
		audit.record(AuditAction.UPDATE, "measure", id, null, Map.of("escalationReason", reason.strip()));
		return view(saved);
	}

	/** Sets a new deadline after an approved extension; the extension keeps the original on record. */
	@Transactional
	void extendDeadline(long id, LocalDate newDeadline) {
		var measure = load(id);
		var draft = measure.draft();
		replace(measure, measure.version(), new MeasureDraft(draft.text(), draft.kind() == MeasureKind.IMMEDIATE
				? MeasureKind.BY_DEADLINE : draft.kind(), draft.responsibleLeaderId(), draft.leadDepartmentId(),
				draft.assistingDepartmentIds(), draft.responsiblePersonId(), newDeadline, draft.target()));
	}

	/** Moves a measure one place up or down within its problem. */
	@Transactional
	public void move(long id, Direction direction) {
		access.require(Action.SET_UP, TargetKind.MEASURE, id);
		var measure = load(id);
		var siblings = measures.findByProblemIdOrderByPosition(measure.problemId());
		Positions.swap(siblings, Positions.indexOf(siblings, id, Measure::id), direction, Measure::position,
				Measure::moveTo, measures::save,
				m -> audit.record(AuditAction.UPDATE, "measure", m.id(), null, Map.of("position", m.position())));
	}

	/** The evidence size limit, for forms to state before a user picks a file. */
	public long maxEvidenceMegabytes() {
		return evidence.maxFileSize().toMegabytes();
	}

	private void check(MeasureDraft draft, RoundView round) {
		long unitId = round.unitId();
		var errors = new InvalidInputException.Collector()
			.rejectIf(draft.text() == null || draft.text().isBlank(), "text", "validation.required")
			.rejectIf(draft.kind() == MeasureKind.BY_DEADLINE && draft.deadline() == null, "deadline",
					"validation.deadline-required")
			.rejectIf(draft.deadline() != null && round.feedbackDate() != null
					&& draft.deadline().isBefore(round.feedbackDate()), "deadline",
					"validation.deadline-before-feedback-date", round.feedbackDate())
			.rejectIf(draft.responsibleLeaderId() != null && !org.isPersonOf(unitId, draft.responsibleLeaderId()),
					"responsibleLeaderId", "validation.unknown-person", draft.responsibleLeaderId())
			.rejectIf(draft.leadDepartmentId() != null && !org.isDepartmentOf(unitId, draft.leadDepartmentId()),
					"leadDepartmentId", "validation.unknown-department", draft.leadDepartmentId())
			.rejectIf(draft.responsiblePersonId() != null && !org.isPersonOf(unitId, draft.responsiblePersonId()),
					"responsiblePersonId", "validation.unknown-person", draft.responsiblePersonId());
		var assisting = draft.assistingDepartmentIds();
		for (int i = 0; i < assisting.size(); i++) {
			errors.rejectIf(assisting.get(i) == null || !org.isDepartmentOf(unitId, assisting.get(i)),
					"assistingDepartmentIds[" + i + "]", "validation.unknown-department", assisting.get(i));
		}
		errors.throwIfAny();
	}

	private Measure load(long id) {
		return measures.findById(id).orElseThrow(() -> new NotFoundException("measure", id));
	}

	private MeasureView view(Measure measure) {
		var latest = reports.findFirstByMeasureIdOrderByReportedOnDescIdDesc(measure.id()).map(ProgressReport::view);
		var status = MeasureStatus.of(latest.map(ProgressView::phrase).orElse(null), measure.closedOn() != null);
		var draft = measure.draft();
		return new MeasureView(measure.id(), measure.roundId(), measure.problemId(), measure.position(), draft.text(),
				draft.kind(), draft.responsibleLeaderId(), draft.leadDepartmentId(), draft.assistingDepartmentIds(),
				draft.responsiblePersonId(), draft.deadline(), draft.target(), status,
				Overdue.test(draft.deadline(), status, LocalDate.now(clock)), latest.orElse(null), measure.closedOn(),
				measure.escalationReason(), handOver.signOffs(measure.id()), measure.version());
	}

	private static String currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	/** A problem with its measures, as the problem's page and the API show it. */
	public record ProblemRectification(ProblemView problem, MeasureStatus status, boolean overdue,
			List<MeasureView> measures) {
	}
}
