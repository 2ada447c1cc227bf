package org.zhenggai.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.closure.ClosureReturned;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.Role;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotAllowedException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StepRefusedException;

/** Supervision notices (督办): issued by the office, answered by the department, escalated when not. */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

	private final NoticeRepository notices;
	private final Access access;
	private final MeasureService measures;
	private final Notifier notifier;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	SupervisionService(NoticeRepository notices, MeasureService measures, Notifier notifier, CurrentUser currentUser,
			AuditLog audit, Clock clock, Access access) {
		this.access = access;
		this.notices = notices;
		this.measures = measures;
		this.notifier = notifier;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	public List<NoticeView> noticesOf(long measureId) {
		measures.measure(measureId);
		return notices.findByMeasureIdOrderByIdDesc(measureId).stream().map(SupervisionNotice::view).toList();
	}

	/** The notices a department has received, or all of them for the office. */
	public List<NoticeView> notices() {
		var user = currentUser.get();
		var found = user.is(Role.DEPARTMENT) ? notices.findByDepartmentIdOrderByIdDesc(user.departmentId())
				: notices.findAllByOrderByIdDesc();
		return access.visible(Action.READ, TargetKind.MEASURE, found.stream().map(SupervisionNotice::view).toList(),
				NoticeView::measureId);
	}

	@Transactional
	public NoticeView issue(long measureId, NewNotice command) {
		access.require(Action.ISSUE_NOTICE, TargetKind.MEASURE, measureId);
		var user = currentUser.get();
		var measure = measures.measure(measureId);
		if (measure.leadDepartmentId() == null) {
			throw InvalidInputException.of("measureId", "validation.no-lead-department");
		}
		if (command.replyDeadline().isBefore(LocalDate.now(clock))) {
			throw InvalidInputException.of("replyDeadline", "validation.date-in-past");
		}
		var saved = notices.save(new SupervisionNotice(measureId, measure.leadDepartmentId(), command.demand().strip(),
				command.replyDeadline(), user.username(), Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "notice", saved.id(), null, saved);
		notifier.department(measure.leadDepartmentId(), measureId, NotificationKind.SUPERVISION_NOTICE,
				"督办：" + command.demand().strip() + "（请于 " + command.replyDeadline() + " 前回复）");
		return saved;
	}

	@Transactional
	public NoticeView reply(long noticeId, Reply reply) {
		access.require(Action.REPLY_NOTICE, TargetKind.NOTICE, noticeId);
		var notice = load(noticeId);
		var user = currentUser.get();
		if (!user.actsFor(notice.departmentId())) {
			throw new NotAllowedException("step.not-your-department");
		}
		if (notice.status() == SupervisionNotice.Status.CLOSED || notice.status() == SupervisionNotice.Status.REPLIED) {
			throw new StepRefusedException("step.notice-not-open", notice.status().name());
		}
		var before = notice.view();
		notice.reply(reply.text().strip(), user.username(), Instant.now(clock));
		var saved = notices.save(notice).view();
		audit.record(AuditAction.UPDATE, "notice", noticeId, before, saved);
		return saved;
	}

	/** The office closes a notice once the reply satisfies it. */
	@Transactional
	public NoticeView close(long noticeId) {
		access.require(Action.ISSUE_NOTICE, TargetKind.NOTICE, noticeId);
		var notice = load(noticeId);
		var user = currentUser.get();
		if (notice.status() == SupervisionNotice.Status.CLOSED) {
			throw new StepRefusedException("step.notice-not-open", notice.status().name());
		}
		var before = notice.view();
		notice.close();
		var saved = notices.save(notice).view();
		audit.record(AuditAction.UPDATE, "notice", noticeId, before, saved);
		return saved;
	}

	/** Notices unanswered past their reply date go to the measure's responsible leader. */
	@Transactional
	public int escalateUnanswered(LocalDate today) {
		var late = notices.unansweredBefore(today);
		for (var notice : late) {
			var before = notice.view();
			notice.escalate(Instant.now(clock));
			var saved = notices.save(notice).view();
			audit.record(AuditAction.UPDATE, "notice", saved.id(), before, saved);
			var measure = measures.measure(notice.measureId());
			notifier.person(measure.responsibleLeaderId(), measure.id(), NotificationKind.NOTICE_ESCALATED,
					"督办单逾期未回复：" + saved.demand() + "（应于 " + saved.replyDeadline() + " 前回复，整改措施“"
							+ measure.text() + "”）");
		}
		return late.size();
	}

	/** A returned closure request reaches the department with its reason, in the same transaction. */
	@EventListener
	void on(ClosureReturned returned) {
		notifier.department(returned.departmentId(), returned.measureId(), NotificationKind.CLOSURE_RETURNED,
				"销号申请被退回：" + returned.reason());
	}

	private SupervisionNotice load(long id) {
		return notices.findById(id).orElseThrow(() -> new NotFoundException("notice", id));
	}

	/** What the office demands and by when the department must reply. */
	public record NewNotice(@NotBlank @Size(max = 4000) String demand, @NotNull LocalDate replyDeadline) {
	}

	/** The department's answer. */
	public record Reply(@NotBlank @Size(max = 4000) String text) {
	}
}
