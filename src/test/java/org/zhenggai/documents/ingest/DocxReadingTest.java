package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.zhenggai.documents.DocumentReader;
import org.zhenggai.documents.IngestResult;
import org.zhenggai.documents.IngestResult.Category;
import org.zhenggai.documents.IngestResult.Problem;
import org.zhenggai.documents.write.Block;
import org.zhenggai.documents.write.DocxRenderer;

/** A .docx reads like the text it holds, paragraphs, tables and Word's own numbering included. */
class DocxReadingTest {

	static final List<String> REPORTS = ReferenceReports.ALL;

	@ParameterizedTest
	@FieldSource("REPORTS")
	void aReportAsDocxReadsLikeTheText(String file) {
		// given the report written into a .docx, one paragraph per line or per item
		byte[] docx = TestDocx.of(ReferenceReports.paragraphs(file));

		// when both are read
		IngestResult fromDocx = DocumentReader.read(docx, "report.docx");
		IngestResult fromText = DocumentReader.read(ReferenceReports.bytes(file), file);

		// then they agree on everything but where lines break inside a measure
		assertThat(withoutLineBreaks(fromDocx)).isEqualTo(withoutLineBreaks(fromText));
	}

	@ParameterizedTest
	@FieldSource("REPORTS")
	void aReportLaidOutAsAnOfficialDocumentReadsLikeTheText(String file) throws IOException {
		// given the report in the layout the application writes: fonts, indents, page numbers in the footer
		List<Block> blocks = ReferenceReports.paragraphs(file).stream().map(text -> Block.of(Block.Kind.BODY, text)).toList();
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		new DocxRenderer().write(blocks, docx);

		// when both are read
		IngestResult fromDocx = DocumentReader.read(docx.toByteArray(), "report.docx");
		IngestResult fromText = DocumentReader.read(ReferenceReports.bytes(file), file);

		// then the layout and the footers' "— 1 —" change nothing
		assertThat(withoutLineBreaks(fromDocx)).isEqualTo(withoutLineBreaks(fromText));
	}

	@Test
	void readsTheBoshanReportSplitIntoParagraphs() {
		IngestResult result = DocumentReader.read(TestDocx.of(ReferenceReports.paragraphs(ReferenceReports.BOSHAN)), "博山.docx");

		assertThat(result.title()).isEqualTo("中共博山区教育和体育局党组关于巡察整改进展情况的通报");
		assertThat(result.categories()).extracting(c -> c.problems().size()).containsExactly(2, 3, 3);
		assertThat(result.categories().get(0).problems().get(1).progress()).isEqualTo("STAGE_DONE_ONGOING");
		assertThat(result.publishedDate()).hasToString("2023-01-12");
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void readsTextInTables() {
		// given a ledger table: problem, measures, progress in one row
		byte[] docx = new TestDocx().paragraph("中共某县统计局党组关于巡察整改情况的通报")
			.paragraph("根据县委统一部署，县委第一巡察组对县统计局党组进行了巡察，指出问题2个。")
			.paragraph("二、反馈问题整改落实情况")
			.table(List.of(
					List.of("1.关于统计数据审核不严问题", "整改措施：（1）建立审核台账。（2）开展交叉复核。", "整改进度：已完成整改"),
					List.of("2.关于档案管理不规范问题", "整改措施：完善档案管理制度。", "整改进度：正在整改")))
			.bytes();

		// when it is read
		IngestResult result = DocumentReader.read(docx, "ledger.docx");

		// then each row is a problem with its measures and progress
		List<Problem> problems = result.categories().get(0).problems();
		assertThat(problems).extracting(Problem::title).containsExactly("关于统计数据审核不严问题", "关于档案管理不规范问题");
		assertThat(problems.get(0).measures()).hasSize(2);
		assertThat(problems).extracting(Problem::progress).containsExactly("COMPLETED", "IN_PROGRESS");
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void writesOutTheNumbersWordGenerates() {
		// given paragraphs numbered by Word, not by hand
		byte[] docx = new TestDocx().paragraph("区委第五巡察组关于对区水务局党组巡察情况的反馈意见")
			.numbered(0, "贯彻落实党中央决策部署方面")
			.numbered(1, "水资源保护工作推进不力。")
			.numbered(2, "河长制落实不到位")
			.numbered(2, "排污口整治滞后")
			.numbered(1, "防汛工作存在短板。")
			.numbered(0, "全面从严治党方面")
			.numbered(1, "主体责任落实不到位。")
			.bytes();

		// when it is read
		IngestResult result = DocumentReader.read(docx, "feedback.docx");

		// then the numbering gives the structure: 一、 → 1. → ①
		assertThat(result.categories()).extracting(Category::number).containsExactly("一", "二");
		assertThat(result.categories().get(0).problems()).extracting(Problem::title)
			.containsExactly("水资源保护工作推进不力", "防汛工作存在短板");
		assertThat(result.categories().get(0).problems().get(0).manifestations())
			.extracting(IngestResult.Manifestation::number)
			.containsExactly("①", "②");
		assertThat(result.categories().get(1).problems()).extracting(Problem::number).containsExactly("1");
	}

	/** The result with measure and manifestation texts on one line, as a docx may wrap them otherwise. */
	static IngestResult withoutLineBreaks(IngestResult result) {
		List<Category> categories = result.categories().stream().map(category -> new Category(category.number(),
				category.title(), category.problems().stream().map(DocxReadingTest::withoutLineBreaks).toList())).toList();
		return new IngestResult(result.title(), result.issuer(), result.inspectingBody(), result.inspectionGroup(),
				result.stationingStart(), result.stationingEnd(), result.feedbackDate(), result.publishedDate(),
				result.declaredProblemCount(), categories, result.warnings());
	}

	private static Problem withoutLineBreaks(Problem problem) {
		return new Problem(problem.number(), problem.title(), problem.group(),
				problem.manifestations().stream()
					.map(m -> new IngestResult.Manifestation(m.number(), m.text().replaceAll("\\s+", "")))
					.toList(),
				problem.measures().stream().map(m -> new IngestResult.Measure(m.text().replaceAll("\\s+", ""))).toList(),
				problem.progress(), problem.progressText());
	}
}
