package org.zhenggai.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.rectification.MeasureService;

/** Supervision notices of a measure and of a department, notifications, and the scan on demand. */
@Controller
class SupervisionPages {

	private final SupervisionService supervision;
	private final MeasureService measures;
	private final WarningScan scan;
	private final Notifier notifier;
	private final CurrentUser currentUser;
	private final Clock clock;

	SupervisionPages(SupervisionService supervision, MeasureService measures, WarningScan scan, Notifier notifier,
			CurrentUser currentUser, Clock clock) {
		this.supervision = supervision;
		this.measures = measures;
		this.scan = scan;
		this.notifier = notifier;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Performs(Action.READ)
	@GetMapping("/measures/{id}/notices")
	String measureNotices(@PathVariable long id, Model model) {
		model.addAttribute("measure", measures.measure(id));
		model.addAttribute("notices", supervision.noticesOf(id));
		model.addAttribute("defaultReplyDeadline", LocalDate.now(clock).plusDays(3));
		return "supervision/measure-notices";
	}

	@Performs(Action.ISSUE_NOTICE)
	@PostMapping("/measures/{id}/notices")
	String issue(@PathVariable long id, @RequestParam String demand, @RequestParam LocalDate replyDeadline,
			RedirectAttributes redirect) {
		supervision.issue(id, new SupervisionService.NewNotice(demand, replyDeadline));
		redirect.addFlashAttribute("flash", "notice.issued");
		return "redirect:/measures/" + id + "/notices";
	}

	@Performs(Action.READ)
	@GetMapping("/notices")
	String notices(Model model) {
		model.addAttribute("notices", supervision.notices());
		return "supervision/notices";
	}

	@Performs(Action.REPLY_NOTICE)
	@PostMapping("/notices/{id}/reply")
	String reply(@PathVariable long id, @RequestParam String text,
			@RequestHeader(name = "Referer", required = false) String back, RedirectAttributes redirect) {
		supervision.reply(id, new SupervisionService.Reply(text));
		redirect.addFlashAttribute("flash", "notice.replied");
		return "redirect:" + local(back, "/notices");
	}

	@Performs(Action.ISSUE_NOTICE)
	@PostMapping("/notices/{id}/close")
	String close(@PathVariable long id, @RequestHeader(name = "Referer", required = false) String back,
			RedirectAttributes redirect) {
		supervision.close(id);
		redirect.addFlashAttribute("flash", "notice.closed");
		return "redirect:" + local(back, "/notices");
	}

	@Performs(Action.OWN_ACCOUNT)
	@GetMapping("/notifications")
	String notifications(Model model) {
		var user = currentUser.get();
		model.addAttribute("notifications", notifier.inbox(user.departmentId(), user.personId()));
		return "supervision/notifications";
	}

	@Performs(Action.OWN_ACCOUNT)
	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id) {
		var user = currentUser.get();
		notifier.markRead(id, user.departmentId(), user.personId());
		return "redirect:/notifications";
	}

	@Performs(Action.SCAN_WARNINGS)
	@PostMapping("/warnings/scan")
	String scanNow(@RequestHeader(name = "Referer", required = false) String back, RedirectAttributes redirect) {
		var today = LocalDate.now(clock);
		var result = scan.scan(today);
		supervision.escalateUnanswered(today);
		redirect.addFlashAttribute("flash", "warning.scanned");
		redirect.addFlashAttribute("scan", result);
		return "redirect:" + local(back, "/rounds");
	}

	/** Back to the page the user came from, but only ever within this application. */
	private static String local(String referer, String fallback) {
		if (referer == null) {
			return fallback;
		}
		int start = referer.indexOf("://");
		int path = start < 0 ? -1 : referer.indexOf('/', start + 3);
		return path < 0 ? fallback : referer.substring(path);
	}
}
