package org.zhenggai.rectification;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.org.AccountService;
import org.zhenggai.org.DepartmentView;
import org.zhenggai.org.OrgService;

/**
 * A department's "my tasks": the measures it leads or assists in every round, grouped by how soon
 * they are due, each with a way to report progress.
 */
@Controller
class MyTasksPage {

	/** The most measures one department page lists; a department with more filters the ledger instead. */
	static final int LIMIT = 500;

	private final LedgerQuery ledger;
	private final OrgService org;
	private final AccountService accounts;
	private final Clock clock;

	MyTasksPage(LedgerQuery ledger, OrgService org, AccountService accounts, Clock clock) {
		this.ledger = ledger;
		this.org = org;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The groups of the page, in the order a department works through them. */
	public enum Group {
		OVERDUE, DUE_SOON, LATER, ONGOING, COMPLETED
	}

	@Performs(Action.READ)
	@GetMapping("/my-tasks")
	String myTasks(@RequestParam(required = false) @Nullable Long departmentId, Principal principal, Model model) {
		Long chosen = departmentId != null ? departmentId : accounts.current(principal.getName()).departmentId();
		model.addAttribute("choices", org.units().stream()
			.flatMap(u -> org.departmentsOf(u.id()).stream().map(d -> new Choice(d, u.name())))
			.toList());
		if (chosen == null) {
			return "rectification/my-tasks";
		}
		var department = org.findDepartment(chosen).orElseThrow(
				() -> new org.zhenggai.shared.NotFoundException("department", chosen));
		LocalDate today = LocalDate.now(clock);
		var rows = ledger.acrossRounds(new LedgerFilter(null, chosen, null, null, null, null), LedgerSort.DEADLINE, 0, LIMIT);
		model.addAttribute("department", department);
		model.addAttribute("groups", group(rows.content(), today));
		model.addAttribute("total", rows.totalElements());
		model.addAttribute("today", today);
		return "rectification/my-tasks";
	}

	private static Map<Group, List<LedgerRow>> group(List<LedgerRow> rows, LocalDate today) {
		var groups = new EnumMap<Group, List<LedgerRow>>(Group.class);
		for (var group : Group.values()) {
			groups.put(group, new java.util.ArrayList<>());
		}
		for (var row : rows) {
			groups.get(groupOf(row, today)).add(row);
		}
		return groups;
	}

	private static Group groupOf(LedgerRow row, LocalDate today) {
		return switch (row.tone(today)) {
			case OVERDUE -> Group.OVERDUE;
			case COMPLETED, CLOSED -> Group.COMPLETED;
			case DUE_SOON -> Group.DUE_SOON;
			case NORMAL -> row.deadline() == null ? Group.ONGOING : Group.LATER;
		};
	}

	/** A department to choose, named with its unit. */
	public record Choice(DepartmentView department, String unitName) {
	}
}
