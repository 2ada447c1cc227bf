package org.zhenggai.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.Role;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotAllowedException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StaleVersionException;
import org.zhenggai.shared.StepRefusedException;

/**
 * The steps around a measure's responsibility: a department signs for what it received, asks for
 * more time, and the office decides; the office escalates what the unit cannot fix alone. Each
 * step checks who takes it.
 */
@Service
@Transactional(readOnly = true)
public class MeasureWorkflow {

	private final MeasureService measures;
	private final Access access;
	private final HandOver handOver;
	private final ExtensionRepository extensions;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	MeasureWorkflow(MeasureService measures, HandOver handOver, ExtensionRepository extensions, CurrentUser currentUser,
			AuditLog audit, Clock clock, Access access) {
		this.access = access;
		this.measures = measures;
		this.handOver = handOver;
		this.extensions = extensions;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** The lead or an assisting department acknowledges that it received the measure. */
	@Transactional
	public MeasureView signFor(long measureId) {
		access.require(Action.SIGN_OFF, TargetKind.MEASURE, measureId);
		var measure = measures.measure(measureId);
		var user = currentUser.get();
		Long department = user.is(Role.ADMIN) ? measure.leadDepartmentId() : user.departmentId();
		boolean involved = department != null && (department.equals(measure.leadDepartmentId())
				|| measure.assistingDepartmentIds().contains(department));
		if (!user.is(Role.DEPARTMENT, Role.ADMIN) || !involved) {
			throw new NotAllowedException("step.not-your-department");
		}
		handOver.signFor(measureId, department, user.username());
		return measures.measure(measureId);
	}

	public List<ExtensionView> extensionsOf(long measureId) {
		measures.measure(measureId);
		return extensions.findByMeasureIdOrderByIdDesc(measureId).stream().map(DeadlineExtension::view).toList();
	}

	/** Extension requests waiting for the office. */
	public List<ExtensionView> pendingExtensions() {
		return access.visible(Action.READ, TargetKind.MEASURE, extensions.findByStatusOrderByIdAsc(DeadlineExtension.Status.PENDING).stream()
			.map(DeadlineExtension::view).toList(), ExtensionView::measureId);
	}

	/** The lead department asks to move the deadline, with a reason; one request at a time. */
	@Transactional
	public ExtensionView requestExtension(long measureId, ExtensionRequest request) {
		access.require(Action.REQUEST_EXTENSION, TargetKind.MEASURE, measureId);
		var measure = measures.measure(measureId);
		var user = currentUser.get();
		if (!user.actsFor(measure.leadDepartmentId())) {
			throw new NotAllowedException("step.not-your-department");
		}
		if (measure.status().done()) {
			throw new StepRefusedException("step.extension-done");
		}
		if (extensions.existsByMeasureIdAndStatus(measureId, DeadlineExtension.Status.PENDING)) {
			throw new StepRefusedException("step.extension-pending");
		}
		new InvalidInputException.Collector()
			.rejectIf(measure.deadline() != null && !request.toDeadline().isAfter(measure.deadline()), "toDeadline",
					"validation.extension-not-later", measure.deadline())
			.throwIfAny();
		var saved = extensions.save(new DeadlineExtension(measureId, measure.deadline(), request.toDeadline(),
				request.reason().strip(), user.username(), Instant.now(clock)));
		audit.record(AuditAction.CREATE, "extension", saved.view().id(), null, saved.view());
		return saved.view();
	}

	/** The office approves (the deadline moves) or refuses; never the one who asked. */
	@Transactional
	public ExtensionView decideExtension(long extensionId, Decision decision) {
		access.require(Action.DECIDE_EXTENSION, TargetKind.EXTENSION, extensionId);
		var extension = extensions.findById(extensionId).orElseThrow(() -> new NotFoundException("extension", extensionId));
		var user = currentUser.get();
		if (user.username().equals(extension.requestedBy())) {
			throw new NotAllowedException("step.own-request");
		}
		if (extension.status() != DeadlineExtension.Status.PENDING) {
			throw new StepRefusedException("step.already-decided");
		}
		if (!decision.version().equals(extension.version())) {
			throw new StaleVersionException("extension", extensionId, extension.version());
		}
		if (!decision.approve() && (decision.reason() == null || decision.reason().isBlank())) {
			throw InvalidInputException.of("reason", "validation.reason-required");
		}
		var before = extension.view();
		extension.decide(decision.approve(), user.username(), decision.reason(), Instant.now(clock));
		var saved = extensions.save(extension);
		if (decision.approve()) {
			measures.extendDeadline(extension.measureId(), extension.toDeadline());
		}
		audit.record(AuditAction.UPDATE, "extension", extensionId, before, saved.view());
		return saved.view();
	}

	/** The office hands the measure to the level above; it stays open and marked as escalated. */
	@Transactional
	public MeasureView escalate(long measureId, Escalation escalation) {
		access.require(Action.ESCALATE, TargetKind.MEASURE, measureId);
		var user = currentUser.get();
		return measures.escalate(measureId, escalation.reason());
	}

	/** A request for a later deadline. */
	public record ExtensionRequest(@NotNull @Future LocalDate toDeadline, @NotBlank @Size(max = 2000) String reason) {
	}

	/** An approval or refusal (which needs a reason), for the version of the request that was read. */
	public record Decision(boolean approve, @Size(max = 2000) @Nullable String reason, @NotNull Integer version) {
	}

	/** Why the unit cannot fix this alone. */
	public record Escalation(@NotBlank @Size(max = 2000) String reason) {
	}
}
