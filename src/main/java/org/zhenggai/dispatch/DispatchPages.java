package org.zhenggai.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.org.DepartmentView;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.PersonView;
import org.zhenggai.rectification.LedgerFilter;
import org.zhenggai.rectification.LedgerQuery;
import org.zhenggai.rectification.LedgerRow;
import org.zhenggai.rectification.LedgerSort;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.StepRefusedException;

/**
 * The round's dispatch page (meetings, dispatching per measure, spot checks), one meeting with its
 * decisions, and one spot check with its results.
 */
@Controller
class DispatchPages {

	private final DispatchService dispatch;
	private final SpotCheckService spotChecks;
	private final RoundService rounds;
	private final LedgerQuery ledger;
	private final OrgService org;
	private final MessageSource messages;
	private final Clock clock;

	DispatchPages(DispatchService dispatch, SpotCheckService spotChecks, RoundService rounds, LedgerQuery ledger,
			OrgService org, MessageSource messages, Clock clock) {
		this.dispatch = dispatch;
		this.spotChecks = spotChecks;
		this.rounds = rounds;
		this.ledger = ledger;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/rounds/{id}/dispatch")
	String round(@PathVariable long id, Model model) {
		return roundPage(id, model);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/rounds/{id}/dispatch-meetings")
	String hold(@PathVariable long id, @Valid @ModelAttribute("meetingForm") NewDispatchMeeting form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var meeting = dispatch.hold(id, form);
				redirect.addFlashAttribute("flash", "dispatch.saved");
				return "redirect:/dispatch-meetings/" + meeting.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return roundPage(id, model);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/rounds/{id}/spot-checks")
	String draw(@PathVariable long id, @Valid @ModelAttribute("drawForm") NewSpotCheck form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var check = spotChecks.draw(id, form);
				return "redirect:/spot-checks/" + check.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefusedException ex) {
				model.addAttribute("refusal", text(ex.messageKey(), ex.args()));
			}
		}
		return roundPage(id, model);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/dispatch-meetings/{id}")
	String meeting(@PathVariable long id, Model model) {
		return meetingPage(id, model);
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/dispatch-meetings/{id}/decisions")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") NewDecision form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				dispatch.decide(id, form);
				redirect.addFlashAttribute("flash", "dispatch.decided");
				return "redirect:/dispatch-meetings/" + id + "#decisions";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefusedException ex) {
				model.addAttribute("refusal", text(ex.messageKey(), ex.args()));
			}
		}
		return meetingPage(id, model);
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/spot-checks/{id}")
	String spotCheck(@PathVariable long id, Model model) {
		var check = spotChecks.check(id);
		var round = rounds.round(check.roundId());
		model.addAttribute("check", check);
		model.addAttribute("round", round);
		model.addAttribute("rows", rows(round.id()));
		model.addAttribute("results", SpotCheckResult.values());
		return "dispatch/spot-check";
	}

	@Performs(Action.RECORD_OVERSIGHT)
	@PostMapping("/spot-checks/{id}/results")
	String record(@PathVariable long id, @RequestParam long measureId, @RequestParam SpotCheckResult result,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			spotChecks.record(id, new CheckResult(measureId, result, reason));
			redirect.addFlashAttribute("flash", "spot.recorded");
		}
		catch (StepRefusedException ex) {
			redirect.addFlashAttribute("refusal", text(ex.messageKey(), ex.args()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().stream().map(p -> text(p.messageKey(), p.args()))
				.collect(Collectors.joining("；")));
		}
		return "redirect:/spot-checks/" + id + "#measure-" + measureId;
	}

	private String roundPage(long roundId, Model model) {
		var round = rounds.round(roundId);
		var meetings = dispatch.meetingsOf(roundId);
		var rows = rows(roundId);
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new NewDispatchMeeting(LocalDate.now(clock), null, "", List.of(), null));
		}
		if (!model.containsAttribute("drawForm")) {
			model.addAttribute("drawForm", new NewSpotCheck(null, null, null));
		}
		model.addAttribute("round", round);
		model.addAttribute("summary", dispatch.summary(roundId));
		model.addAttribute("spotSummary", spotChecks.summary(roundId));
		model.addAttribute("meetings", meetings);
		model.addAttribute("checks", spotChecks.checksOf(roundId));
		model.addAttribute("rows", rows);
		model.addAttribute("meetingsPerMeasure", meetingsPerMeasure(List.copyOf(rows.values()), meetings));
		return withPeople(round.unitId(), model, "dispatch/round");
	}

	private String meetingPage(long meetingId, Model model) {
		var meeting = dispatch.meeting(meetingId);
		var round = rounds.round(meeting.roundId());
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new NewDecision(DecisionKind.NOTE, "", null, null, null, null, null));
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("round", round);
		model.addAttribute("rows", rows(round.id()));
		model.addAttribute("kinds", DecisionKind.values());
		return withPeople(round.unitId(), model, "dispatch/meeting");
	}

	/** For each measure the meetings heard (ledger order), each with the decisions that concern it. */
	private static Map<LedgerRow, List<DispatchMeetingView>> meetingsPerMeasure(List<LedgerRow> rows,
			List<DispatchMeetingView> meetings) {
		var perMeasure = new LinkedHashMap<LedgerRow, List<DispatchMeetingView>>();
		for (var row : rows) {
			var concerned = meetings.stream()
				.filter(m -> m.measureIds().contains(row.measureId()) || m.decisions().stream()
					.anyMatch(d -> Long.valueOf(row.measureId()).equals(d.measureId())
							|| Long.valueOf(row.measureId()).equals(d.followUpMeasureId())))
				.toList();
			if (!concerned.isEmpty()) {
				perMeasure.put(row, concerned);
			}
		}
		return perMeasure;
	}

	private Map<Long, LedgerRow> rows(long roundId) {
		return ledger.all(roundId, LedgerFilter.none(), LedgerSort.LEDGER).stream()
			.collect(Collectors.toMap(LedgerRow::measureId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private String withPeople(long unitId, Model model, String view) {
		var people = org.peopleOf(unitId);
		model.addAttribute("people", people);
		model.addAttribute("personNames", people.stream().collect(Collectors.toMap(PersonView::id, PersonView::name)));
		var departments = org.departmentsOf(unitId);
		model.addAttribute("departments", departments);
		model.addAttribute("departmentNames",
				departments.stream().collect(Collectors.toMap(DepartmentView::id, DepartmentView::name)));
		return view;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
