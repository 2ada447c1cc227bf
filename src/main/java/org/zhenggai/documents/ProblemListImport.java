package org.zhenggai.documents;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.NewCategory;
import org.zhenggai.feedback.NewProblem;
import org.zhenggai.rectification.MeasureKind;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.NewMeasure;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;

/**
 * Creates a round's categories, problems, manifestations and measures from a document that was
 * read and reviewed, in one transaction: either all of it is stored or, on any error, none.
 */
@Service
public class ProblemListImport {

	private final RoundService rounds;
	private final Access access;
	private final FeedbackService feedback;
	private final MeasureService measures;

	ProblemListImport(RoundService rounds, FeedbackService feedback, MeasureService measures, Access access) {
		this.access = access;
		this.rounds = rounds;
		this.feedback = feedback;
		this.measures = measures;
	}

	/**
	 * Measures are due at the end of the concentrated rectification unless the office says
	 * otherwise; responsibility is assigned after the import.
	 */
	@Transactional
	public Imported importInto(long roundId, IngestResult document) {
		access.require(Action.SET_UP, TargetKind.ROUND, roundId);
		var round = rounds.round(roundId);
		check(document);
		var kind = round.rectificationDeadline() == null ? MeasureKind.ONGOING : MeasureKind.BY_DEADLINE;
		int problemCount = 0;
		int measureCount = 0;
		for (var category : document.categories()) {
			String title = Objects.requireNonNullElse(category.title(), "").strip();
			long categoryId = feedback.addCategory(roundId, new NewCategory(title.isEmpty() ? round.name() : title)).id();
			for (var problem : category.problems()) {
				var manifestations = problem.manifestations().stream().map(IngestResult.Manifestation::text).toList();
				long problemId = feedback.addProblem(categoryId,
						new NewProblem(problem.title(), null, null, null, manifestations)).id();
				problemCount++;
				for (var measure : problem.measures()) {
					measures.addMeasure(problemId, new NewMeasure(measure.text(), kind, null, null, List.of(), null,
							kind == MeasureKind.BY_DEADLINE ? round.rectificationDeadline() : null, null));
					measureCount++;
				}
			}
		}
		return new Imported(document.categories().size(), problemCount, measureCount);
	}

	/** Every problem needs a title and every measure a text; all gaps are named before anything is written. */
	private static void check(IngestResult document) {
		if (document.categories() == null || document.categories().isEmpty()) {
			throw InvalidInputException.of("categories", "validation.import-empty");
		}
		var errors = new InvalidInputException.Collector();
		for (int c = 0; c < document.categories().size(); c++) {
			var problems = document.categories().get(c).problems();
			for (int p = 0; p < problems.size(); p++) {
				String path = "categories[" + c + "].problems[" + p + "]";
				errors.rejectIf(blank(problems.get(p).title()), path + ".title", "validation.required");
				var measureList = problems.get(p).measures();
				for (int m = 0; m < measureList.size(); m++) {
					errors.rejectIf(blank(measureList.get(m).text()), path + ".measures[" + m + "].text",
							"validation.required");
				}
				var manifestations = problems.get(p).manifestations();
				for (int m = 0; m < manifestations.size(); m++) {
					errors.rejectIf(blank(manifestations.get(m).text()), path + ".manifestations[" + m + "].text",
							"validation.required");
				}
			}
		}
		errors.throwIfAny();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** What an import created. */
	public record Imported(int categories, int problems, int measures) {
	}
}
