package org.zhenggai.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.Access;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.PersonView;
import org.zhenggai.rectification.LedgerFilter;
import org.zhenggai.rectification.LedgerQuery;
import org.zhenggai.rectification.LedgerRow;
import org.zhenggai.rectification.LedgerSort;
import org.zhenggai.rectification.MeasureKind;
import org.zhenggai.rectification.MeasureStatus;
import org.zhenggai.rectification.ProgressPhrase;
import org.zhenggai.round.RoundService;
import org.zhenggai.round.RoundView;

/**
 * Produces a round's documents from the ledger: the same rows the ledger page shows become the
 * workbook, and the problem list with its measures and progress becomes the plan and the report.
 */
@Service
@Transactional(readOnly = true)
public class RoundDocuments {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final RoundService rounds;
	private final Access access;
	private final AuditLog audit;
	private final OrgService org;
	private final FeedbackService feedback;
	private final LedgerQuery ledger;
	private final MessageSource messages;
	private final Clock clock;
	private final LedgerWorkbook workbook = new LedgerWorkbook();
	private final DocumentWriter writer;

	RoundDocuments(RoundService rounds, OrgService org, FeedbackService feedback, LedgerQuery ledger,
			MessageSource messages, Clock clock, DocumentWriter writer, Access access, AuditLog audit) {
		this.access = access;
		this.audit = audit;
		this.rounds = rounds;
		this.org = org;
		this.feedback = feedback;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
		this.writer = writer;
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void writeLedger(long roundId, LedgerFilter filter, LedgerSort sort, OutputStream out) throws IOException {
		exported(roundId, "ledger.xlsx");
		workbook.writeLedger(model(roundId, filter, sort), today(), out);
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void writePlan(long roundId, OutputStream out) throws IOException {
		exported(roundId, "plan.docx");
		writer.writePlan(model(roundId, LedgerFilter.none(), LedgerSort.LEDGER), out);
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void writePublicReport(long roundId, OutputStream out) throws IOException {
		exported(roundId, "public-report.docx");
		writer.writePublicReport(model(roundId, LedgerFilter.none(), LedgerSort.LEDGER), out);
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void writePublicReportPdf(long roundId, OutputStream out) throws IOException {
		exported(roundId, "public-report.pdf");
		writer.writePublicReportPdf(model(roundId, LedgerFilter.none(), LedgerSort.LEDGER), out);
	}

	/**
	 * The public report of a round as text from the ledger as it stands today, for the office to
	 * edit before it is approved and published.
	 */
	public ReportText publicReportText(long roundId) {
		exported(roundId, "public-report.txt");
		return ReportText.of(model(roundId, LedgerFilter.none(), LedgerSort.LEDGER));
	}

	/**
	 * Only those who may export a unit's documents get them, and each export is recorded. The
	 * writers run outside a transaction, so the record is committed at once: rendering a document
	 * (seconds for a PDF) never holds the audit trail's lock and so never stalls other changes.
	 */
	private void exported(long roundId, String document) {
		access.require(Action.EXPORT, TargetKind.ROUND, roundId);
		audit.access(AuditAction.EXPORT, "round", roundId, java.util.Map.of("document", document));
	}

	/** A file name for a round's document, e.g. 云溪区委第五轮巡察-整改台账.xlsx. */
	public String fileName(long roundId, String document, String extension) {
		return rounds.round(roundId).name() + "-" + document + "." + extension;
	}

	ReportModel model(long roundId, LedgerFilter filter, LedgerSort sort) {
		RoundView round = rounds.round(roundId);
		var unit = org.unit(round.unitId());
		var people = org.peopleOf(round.unitId());
		Map<Long, String> personNames = people.stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
		Map<Long, String> departmentNames = org.departmentsOf(round.unitId()).stream()
			.collect(Collectors.toMap(d -> d.id(), d -> d.name()));
		var tree = feedback.problemList(roundId);
		var rows = ledger.all(roundId, filter, sort);
		String party = Objects.requireNonNullElse(unit.partyBody(), unit.name());
		return new ReportModel(
				new ReportModel.Unit(unit.name(), party.replaceFirst("^中共", ""), party,
						new ReportModel.Contact(text(unit.phone()), text(unit.address()), text(unit.postcode()),
								text(unit.email()))),
				new ReportModel.Round(round.name(), label("RoundKind." + round.kind()), round.inspectingBody(),
						round.inspectionGroup(), round.stationingStart(), round.stationingEnd(), round.feedbackDate(),
						round.rectificationDeadline()),
				leadingGroup(people), List.of(), categories(tree, rows, !filter.equals(LedgerFilter.none()), personNames, departmentNames), List.of(),
				new ReportModel.Plan(text(round.planDocumentNumber()),
						round.feedbackDate() == null ? today() : round.feedbackDate().plusDays(14), "", List.of()),
				today());
	}

	/**
	 * The problem list in feedback order, each problem with its ledger rows. Unfiltered, a problem
	 * without measures yet is still listed (the documents count it); filtered, only problems with a
	 * matching measure are.
	 */
	private List<ReportModel.Category> categories(List<FeedbackService.CategoryTree> tree, List<LedgerRow> rows,
			boolean filtered, Map<Long, String> personNames, Map<Long, String> departmentNames) {
		Map<Long, List<LedgerRow>> rowsByProblem = rows.stream().collect(Collectors.groupingBy(LedgerRow::problemId));
		var categories = new ArrayList<ReportModel.Category>();
		for (var category : tree) {
			var categoryProblems = new ArrayList<ReportModel.Problem>();
			for (var problem : category.problems()) {
				var problemRows = rowsByProblem.getOrDefault(problem.id(), List.of());
				if (filtered && problemRows.isEmpty()) {
					continue;
				}
				categoryProblems.add(new ReportModel.Problem(problem.position(), problem.title(),
						problem.manifestations(), text(problem.causeAnalysis()),
						text(personNames.get(problem.responsibleLeaderId())),
						text(departmentNames.get(problem.leadDepartmentId())),
						problemRows.stream().map(this::measure).toList(), label(problemPhrase(problemRows))));
			}
			if (!categoryProblems.isEmpty() || !filtered) {
				categories.add(new ReportModel.Category(category.category().title(), categoryProblems));
			}
		}
		return categories;
	}

	private ReportModel.Measure measure(LedgerRow row) {
		boolean completed = row.status().done();
		String status = row.overdue() ? "逾期" : row.status() == MeasureStatus.CLOSED ? "已销号" : label("MeasureStatus." + row.status());
		String phrase = row.progressPhrase() == null ? label("ProgressPhrase." + ProgressPhrase.IN_PROGRESS)
				: label("ProgressPhrase." + row.progressPhrase());
		return new ReportModel.Measure(row.measureText(), label("MeasureKind." + row.kind()),
				text(row.responsibleLeaderName()), text(row.leadDepartmentName()), text(row.responsiblePersonName()),
				row.deadline(), text(row.progressText()), phrase, status, completed, row.overdue(),
				row.status() == MeasureStatus.CLOSED);
	}

	/**
	 * How a report states a problem's progress: completed problems with work to keep up are
	 * "completed and kept up", as the reference reports say; anything unfinished is "in progress".
	 */
	static String problemPhrase(List<LedgerRow> rows) {
		boolean allCompleted = !rows.isEmpty() && rows.stream().allMatch(r -> r.status().done());
		if (!allCompleted) {
			return "ProgressPhrase." + ProgressPhrase.IN_PROGRESS;
		}
		boolean keptUp = rows.stream().anyMatch(r -> r.kind() == MeasureKind.ONGOING
				|| r.progressPhrase() == ProgressPhrase.COMPLETED_ONGOING
				|| r.progressPhrase() == ProgressPhrase.STAGE_DONE_ONGOING);
		return "ProgressPhrase." + (keptUp ? ProgressPhrase.COMPLETED_ONGOING : ProgressPhrase.COMPLETED);
	}

	/** The unit's leaders: the first heads the leading group, the others are its deputies. */
	private static ReportModel.LeadingGroup leadingGroup(List<PersonView> people) {
		var leaders = people.stream().filter(PersonView::leader).toList();
		if (leaders.isEmpty()) {
			return new ReportModel.LeadingGroup("", List.of(), "各科室负责人");
		}
		return new ReportModel.LeadingGroup(withTitle(leaders.get(0)),
				leaders.stream().skip(1).map(RoundDocuments::withTitle).toList(), "各科室负责人");
	}

	private static String withTitle(PersonView person) {
		return (person.title() == null ? "" : person.title()) + person.name() + "同志";
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, CHINESE);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
