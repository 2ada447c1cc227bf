package org.zhenggai.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhenggai.documents.ReportModel.Category;
import org.zhenggai.documents.ReportModel.Measure;
import org.zhenggai.documents.ReportModel.Problem;
import org.zhenggai.documents.write.SampleReports;

/**
 * The public report written from a ledger, read back by the parser that reads published reports,
 * gives the ledger it was written from: the same categories, problems, measures and progress.
 */
class PublicReportRoundTripTest {

	/** The ProgressPhrase labels the report prints and the names the parser gives them (GLOSSARY). */
	static final Map<String, String> PHRASES = Map.of("已完成整改", "COMPLETED", "已完成整改并长期坚持", "COMPLETED_ONGOING",
			"已完成阶段性任务并长期坚持", "STAGE_DONE_ONGOING", "正在整改", "IN_PROGRESS", "需长期推进", "LONG_TERM");

	private final DocumentWriter writer = new DocumentWriter();

	@Test
	void theSampleReportReadsBackAsTheLedgerItWasWrittenFrom() {
		// given the sample ledger: 3 categories, 8 problems, 11 measures with their progress
		ReportModel model = SampleReports.model();

		// when its public report is written as .docx and read back
		IngestResult read = DocumentReader.read(publicReport(model), "整改情况通报.docx");

		// then every category, problem, measure and progress phrase comes back, and nothing looks amiss
		assertThat(outline(read)).isEqualTo(outline(model));
		assertThat(read.categories()).extracting(IngestResult.Category::number).containsExactly("一", "二", "三");
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void theRoundAndTheCountsReadBackFromTheOpeningAndTheSignature() {
		// given
		ReportModel model = SampleReports.model();

		// when
		IngestResult read = DocumentReader.read(publicReport(model), "整改情况通报.docx");

		// then
		assertThat(read.title()).isEqualTo("中共明湖区教育局党组关于巡察整改情况的通报");
		assertThat(read.issuer()).isEqualTo("中共明湖区教育局党组");
		assertThat(read.inspectingBody()).isEqualTo("区委");
		assertThat(read.inspectionGroup()).isEqualTo("区委第三巡察组");
		assertThat(read.stationingStart()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(read.stationingEnd()).isEqualTo(LocalDate.of(2024, 4, 30));
		assertThat(read.feedbackDate()).isEqualTo(LocalDate.of(2024, 5, 20));
		assertThat(read.publishedDate()).isEqualTo(model.reportDate());
		// 指出问题3大类8个
		assertThat(read.declaredProblemCount()).isEqualTo(model.counts().problems()).isEqualTo(8);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			已完成整改,                   COMPLETED
			已完成整改并长期坚持,         COMPLETED_ONGOING
			已完成阶段性任务并长期坚持,   STAGE_DONE_ONGOING
			正在整改,                     IN_PROGRESS
			需长期推进,                   LONG_TERM
			""")
	void everyProgressPhraseReadsBackAsItsName(String label, String name) {
		// given a problem whose progress is stated with the phrase
		ReportModel model = withCategories(new Category("制度建设不健全方面",
				List.of(problem(1, "议事规则不完善问题", label, measure("修订议事规则", "议事规则已印发。")))));

		// when
		IngestResult read = DocumentReader.read(publicReport(model), "通报.docx");

		// then
		IngestResult.Problem problem = read.categories().get(0).problems().get(0);
		assertThat(problem.progress()).isEqualTo(name);
		assertThat(problem.progressText()).isEqualTo(label);
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', textBlock = """
			修订议事规则                                  | 1.已起草修订稿；2.已征求意见。
			修订议事规则                                  | （1）已起草修订稿；（2）已征求意见。
			修订议事规则                                  | 一是已起草修订稿；二是已征求意见。
			修订议事规则                                  | 一、已起草修订稿；二、已征求意见。
			修订议事规则                                  | ①已起草修订稿；②已征求意见。
			修订议事规则                                  | 1）已起草修订稿；2）已征求意见。
			完善制度：1.修订议事规则；2.修订财务制度      | 已全部印发。
			完善制度，一是修订议事规则，二是修订财务制度  | 已全部印发。
			2024年底前完成议事规则修订                    | 修订稿已形成。
			""")
	void numberingTypedIntoAMeasureOrItsProgressStaysInsideTheMeasure(String text, String progress) {
		// given a problem with such a measure, alone, and a problem with it and another measure
		ReportModel model = withCategories(new Category("制度建设不健全方面", List.of(
				problem(1, "议事规则不完善问题", "正在整改", measure(text, progress)),
				problem(2, "财务制度执行不严问题", "正在整改", measure(text, progress), measure("开展财务检查", "已检查5所学校。")))));

		// when
		IngestResult read = DocumentReader.read(publicReport(model), "通报.docx");

		// then each problem keeps its own measures, each measure its own words and its progress
		List<IngestResult.Problem> problems = read.categories().get(0).problems();
		assertThat(problems).extracting(IngestResult.Problem::title).containsExactly("议事规则不完善问题", "财务制度执行不严问题");
		assertThat(problems.get(0).measures()).singleElement()
			.satisfies(measure -> assertThat(measure.text()).startsWith(text.substring(0, 4)).endsWith("。"));
		assertThat(problems.get(1).measures()).extracting(IngestResult.Measure::text)
			.hasSize(2)
			.last()
			.isEqualTo("开展财务检查。已检查5所学校。");
		assertThat(read.warnings()).isEmpty();
	}

	@Test
	void aReportOfThreeHundredProblemsReadsBackWhole() {
		// given a large ledger: 3 categories of 100 problems with 3 measures each
		ReportModel model = SampleReports.large(100, 3);

		// when
		IngestResult read = DocumentReader.read(publicReport(model), "通报.docx");

		// then
		assertThat(outline(read)).hasSize(300).isEqualTo(outline(model));
		assertThat(read.declaredProblemCount()).isEqualTo(300);
		assertThat(read.warnings()).isEmpty();
	}

	/** One problem as the report shows it: where it sits, what it says, what was done and how far. */
	record Line(String category, String number, String title, List<String> measures, String progress) {
	}

	/** The problems of a report as the parser read them. */
	static List<Line> outline(IngestResult read) {
		List<Line> lines = new ArrayList<>();
		for (IngestResult.Category category : read.categories()) {
			for (IngestResult.Problem problem : category.problems()) {
				lines.add(new Line(category.title(), problem.number(), problem.title(),
						problem.measures().stream().map(IngestResult.Measure::text).toList(), problem.progress()));
			}
		}
		return lines;
	}

	/**
	 * The problems of a ledger as its report states them: each measure as planned, then what was done
	 * about it, as the reference reports write what was done under each problem.
	 */
	static List<Line> outline(ReportModel model) {
		List<Line> lines = new ArrayList<>();
		for (Category category : model.categories()) {
			for (Problem problem : category.problems()) {
				lines.add(new Line(category.title(), String.valueOf(problem.number()), problem.title(),
						problem.measures().stream().map(PublicReportRoundTripTest::asReported).toList(),
						PHRASES.get(problem.progressPhrase())));
			}
		}
		return lines;
	}

	static String asReported(Measure measure) {
		String progress = measure.progress() == null ? "" : fullStop(measure.progress());
		return fullStop(measure.text()) + progress;
	}

	private static String fullStop(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() || stripped.endsWith("。") ? stripped : stripped + "。";
	}

	private byte[] publicReport(ReportModel model) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			writer.writePublicReport(model, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ReportModel withCategories(Category... categories) {
		ReportModel sample = SampleReports.model();
		return new ReportModel(sample.unit(), sample.round(), sample.leadingGroup(), sample.organisation(),
				List.of(categories), sample.nextSteps(), sample.plan(), sample.reportDate());
	}

	private static Problem problem(int number, String title, String phrase, Measure... measures) {
		return new Problem(number, title, List.of(), "", "李建国", "办公室", List.of(measures), phrase);
	}

	private static Measure measure(String text, String progress) {
		return SampleReports.ongoing(text, "办公室", "陈静", LocalDate.of(2024, 10, 31), progress);
	}
}
