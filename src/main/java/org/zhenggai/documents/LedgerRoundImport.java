package org.zhenggai.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.NewCategory;
import org.zhenggai.feedback.NewProblem;
import org.zhenggai.org.DepartmentView;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.PersonView;
import org.zhenggai.rectification.MeasureChange;
import org.zhenggai.rectification.MeasureKind;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.NewMeasure;
import org.zhenggai.rectification.NewProgress;
import org.zhenggai.rectification.ProgressPhrase;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;

/**
 * Brings an office's Excel ledger, in the layout the ledger export writes, into a round: categories,
 * problems and measures are matched by their text or created; responsibility is matched by name;
 * progress that differs from the latest is reported. Every row is checked first, each problem is
 * named with its row and column, and nothing is written when any row is wrong.
 */
@Service
public class LedgerRoundImport {

	private final LedgerWorkbook workbook = new LedgerWorkbook();
	private final Access access;
	private final RoundService rounds;
	private final OrgService org;
	private final FeedbackService feedback;
	private final MeasureService measures;

	LedgerRoundImport(RoundService rounds, OrgService org, FeedbackService feedback, MeasureService measures, Access access) {
		this.access = access;
		this.rounds = rounds;
		this.org = org;
		this.feedback = feedback;
		this.measures = measures;
	}

	@Transactional
	public Result importInto(long roundId, InputStream xlsx) throws IOException {
		access.require(Action.SET_UP, TargetKind.ROUND, roundId);
		var round = rounds.round(roundId);
		var read = workbook.readLedger(xlsx);
		var errors = new InvalidInputException.Collector();
		read.errors().forEach(e -> errors.reject(field(e.row(), e.column()), "validation.ledger-cell", e.reason()));
		errors.throwIfAny();
		Map<String, PersonView> people = org.peopleOf(round.unitId()).stream()
			.collect(Collectors.toMap(PersonView::name, Function.identity(), (a, b) -> a));
		Map<String, DepartmentView> departments = org.departmentsOf(round.unitId()).stream()
			.collect(Collectors.toMap(DepartmentView::name, Function.identity()));
		var rows = read.rows();
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			int line = read.line(i);
			unknown(errors, line, "责任领导", row.responsibleLeader(), people);
			unknown(errors, line, "牵头科室", row.leadDepartment(), departments);
			unknown(errors, line, "责任人", row.responsiblePerson(), people);
		}
		errors.throwIfAny();

		var tree = new Tree(roundId);
		int created = 0;
		int updated = 0;
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			String at = "rows[" + read.line(i) + "]";
			try {
				long problemId = tree.problem(row.category(), row.problem());
				Long leader = id(people.get(row.responsibleLeader()));
				Long department = id(departments.get(row.leadDepartment()));
				Long person = id(people.get(row.responsiblePerson()));
				var existing = measures.measuresOf(problemId).stream()
					.filter(m -> m.text().equals(row.measure())).findFirst();
				long measureId;
				if (existing.isPresent()) {
					var m = existing.get();
					measureId = measures.change(m.id(), new MeasureChange(m.version(), null,
							row.deadline() == null ? null : MeasureKind.BY_DEADLINE, leader, department, null, person,
							row.deadline(), null)).id();
					updated++;
				}
				else {
					measureId = measures.addMeasure(problemId, new NewMeasure(row.measure(),
							row.deadline() == null ? MeasureKind.ONGOING : MeasureKind.BY_DEADLINE, leader, department,
							List.of(), person, row.deadline(), null)).id();
					created++;
				}
				reportIfNew(measureId, row);
			}
			catch (InvalidInputException ex) {
				ex.problems().forEach(p -> errors.reject(at + "." + p.field(), p.messageKey(), p.args()));
			}
		}
		// Any error rolls the whole transaction back: the round is left as it was.
		errors.throwIfAny();
		return new Result(rows.size(), created, updated);
	}

	private void reportIfNew(long measureId, LedgerImport.Row row) {
		if (row.progress() == null || row.progress().isBlank()) {
			return;
		}
		var latest = measures.measure(measureId).latestProgress();
		if (latest != null && latest.text().equals(row.progress().strip())) {
			return;
		}
		var phrase = "已完成".equals(row.status()) || "已销号".equals(row.status()) ? ProgressPhrase.COMPLETED
				: ProgressPhrase.IN_PROGRESS;
		measures.reportProgress(measureId, new NewProgress(null, row.progress().strip(), phrase), List.of());
	}

	private static void unknown(InvalidInputException.Collector errors, int line, String column, @Nullable String name,
			Map<String, ?> known) {
		if (name != null && !name.isBlank() && !known.containsKey(name)) {
			errors.reject(field(line, column), "validation.ledger-unknown-name", column, name);
		}
	}

	private static String field(int line, String column) {
		return "rows[" + line + "]." + column;
	}

	private static @Nullable Long id(@Nullable Object view) {
		if (view instanceof PersonView person) {
			return person.id();
		}
		return view instanceof DepartmentView department ? department.id() : null;
	}

	/** The round's categories and problems by title, extended as rows name new ones. */
	private final class Tree {

		private final long roundId;
		private final Map<String, Long> categories = new HashMap<>();
		private final Map<String, Long> problems = new HashMap<>();

		Tree(long roundId) {
			this.roundId = roundId;
			for (var category : feedback.problemList(roundId)) {
				categories.put(category.category().title(), category.category().id());
				category.problems().forEach(p -> problems.put(key(category.category().id(), p.title()), p.id()));
			}
		}

		long problem(String categoryTitle, String problemTitle) {
			String title = Objects.requireNonNullElse(categoryTitle, "").strip();
			Long categoryId = categories.computeIfAbsent(title.isEmpty() ? rounds.round(roundId).name() : title,
					t -> feedback.addCategory(roundId, new NewCategory(t)).id());
			return problems.computeIfAbsent(key(categoryId, problemTitle.strip()),
					k -> feedback.addProblem(categoryId, new NewProblem(problemTitle.strip(), null, null, null, List.of())).id());
		}

		private static String key(long categoryId, String title) {
			return categoryId + "/" + title;
		}
	}

	/** How many rows were read, and how many measures were created or brought up to date. */
	public record Result(int rows, int created, int updated) {
	}
}
