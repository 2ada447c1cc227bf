package org.zhenggai.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.closure.ClosureService;
import org.zhenggai.closure.ClosureView;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.Role;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.MeasureView;
import org.zhenggai.rectification.MeasureWorkflow;
import org.zhenggai.supervision.NoticeView;
import org.zhenggai.supervision.Notifier;
import org.zhenggai.supervision.SupervisionService;

/**
 * 待办: what waits for the person logged in. The office sees requests to review and extensions to
 * decide; a leader, closures to approve; a department, notices to answer; everyone, unread messages.
 */
@Controller
class InboxPage {

	private final CurrentUser currentUser;
	private final ClosureService closures;
	private final MeasureWorkflow workflow;
	private final SupervisionService supervision;
	private final Notifier notifier;
	private final MeasureService measures;

	InboxPage(CurrentUser currentUser, ClosureService closures, MeasureWorkflow workflow,
			SupervisionService supervision, Notifier notifier, MeasureService measures) {
		this.currentUser = currentUser;
		this.closures = closures;
		this.workflow = workflow;
		this.supervision = supervision;
		this.notifier = notifier;
		this.measures = measures;
	}

	@Performs(Action.OWN_ACCOUNT)
	@GetMapping("/inbox")
	String inbox(Model model) {
		var user = currentUser.get();
		List<ClosureView> toReview = user.is(Role.OFFICE, Role.ADMIN) ? closures.waiting("SUBMITTED") : List.of();
		List<ClosureView> toApprove = user.is(Role.LEADER) ? closures.waiting("OFFICE_APPROVED").stream()
			.filter(c -> Objects.equals(measures.measure(c.measureId()).responsibleLeaderId(), user.personId()))
			.toList() : List.of();
		var extensions = user.is(Role.OFFICE, Role.ADMIN) ? workflow.pendingExtensions() : List.<org.zhenggai.rectification.ExtensionView>of();
		List<NoticeView> notices = supervision.notices().stream()
			.filter(n -> user.is(Role.DEPARTMENT) ? !n.status().equals("REPLIED") && !n.status().equals("CLOSED")
					: n.status().equals("REPLIED"))
			.toList();
		var unread = notifier.inbox(user.departmentId(), user.personId()).stream().filter(n -> n.readAt() == null).toList();
		model.addAttribute("toReview", toReview);
		model.addAttribute("toApprove", toApprove);
		model.addAttribute("extensions", extensions);
		model.addAttribute("notices", notices);
		model.addAttribute("unread", unread);
		model.addAttribute("measures", java.util.stream.Stream.of(
				toReview.stream().map(ClosureView::measureId), toApprove.stream().map(ClosureView::measureId),
				extensions.stream().map(e -> e.measureId()), notices.stream().map(NoticeView::measureId))
			.flatMap(Function.identity())
			.distinct()
			.map(measures::measure)
			.collect(Collectors.toMap(MeasureView::id, Function.identity())));
		return "dashboard/inbox";
	}
}
