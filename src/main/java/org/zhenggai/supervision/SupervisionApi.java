package org.zhenggai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.org.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Supervision", description = "预警、通知与督办")
class SupervisionApi {

	private final WarningScan scan;
	private final SupervisionService supervision;
	private final Notifier notifier;
	private final CurrentUser currentUser;
	private final Clock clock;

	SupervisionApi(WarningScan scan, SupervisionService supervision, Notifier notifier, CurrentUser currentUser,
			Clock clock) {
		this.scan = scan;
		this.supervision = supervision;
		this.notifier = notifier;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Performs(Action.SCAN_WARNINGS)
	@PostMapping("/api/v1/warnings/scan")
	@Operation(summary = "Run the warning scan now (the daily scan runs by itself); date defaults to today")
	WarningScan.ScanResult scan(@RequestParam(required = false) @Nullable LocalDate date) {
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		var result = scan.scan(day);
		supervision.escalateUnanswered(day);
		return result;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/warnings")
	@Operation(summary = "The warnings raised for a round's open measures, newest first")
	List<WarningView> warnings(@PathVariable long id) {
		return scan.warningsOf(id);
	}

	@Performs(Action.OWN_ACCOUNT)
	@GetMapping("/api/v1/notifications")
	@Operation(summary = "My notifications: my department's and my own, unread first")
	List<NotificationView> notifications() {
		var user = currentUser.get();
		return notifier.inbox(user.departmentId(), user.personId());
	}

	@Performs(Action.OWN_ACCOUNT)
	@PostMapping("/api/v1/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one of my notifications read")
	void read(@PathVariable long id) {
		var user = currentUser.get();
		notifier.markRead(id, user.departmentId(), user.personId());
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/measures/{id}/notices")
	@Operation(summary = "The supervision notices of a measure")
	List<NoticeView> noticesOf(@PathVariable long id) {
		return supervision.noticesOf(id);
	}

	@Performs(Action.ISSUE_NOTICE)
	@PostMapping("/api/v1/measures/{id}/notices")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The office issues a supervision notice (督办单) to the lead department")
	NoticeView issue(@PathVariable long id, @Valid @RequestBody SupervisionService.NewNotice notice) {
		return supervision.issue(id, notice);
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/notices")
	@Operation(summary = "Supervision notices: a department's own, or all for the office")
	List<NoticeView> notices() {
		return supervision.notices();
	}

	@Performs(Action.REPLY_NOTICE)
	@PostMapping("/api/v1/notices/{id}/reply")
	@Operation(summary = "The department replies to a notice")
	NoticeView reply(@PathVariable long id, @Valid @RequestBody SupervisionService.Reply reply) {
		return supervision.reply(id, reply);
	}

	@Performs(Action.ISSUE_NOTICE)
	@PostMapping("/api/v1/notices/{id}/close")
	@Operation(summary = "The office closes a notice that was answered")
	NoticeView close(@PathVariable long id) {
		return supervision.close(id);
	}
}
