package org.zhenggai.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhenggai.documents.ReportText.Paragraph;
import org.zhenggai.documents.write.SampleReports;

/** The public report as editable text reads back as the same paragraphs, whatever the office keeps of it. */
class ReportTextTest {

	@Test
	void theReportWrittenFromTheLedgerReadsBackParagraphForParagraph() {
		// given the public report of the sample ledger
		ReportText written = ReportText.of(SampleReports.model());

		// when it is turned into text and read back
		ReportText read = ReportText.parse(written.text());

		// then every paragraph keeps its words and its kind
		assertThat(read.paragraphs()).isEqualTo(written.paragraphs());
		assertThat(read.title()).isEqualTo("中共明湖区教育局党组关于巡察整改情况的通报");
	}

	@Test
	void linesReadAsTheyWouldInAnOfficialDocument() {
		// given text as an office might type it
		String text = """
				中共某区教育局党组关于巡察整改情况的通报

				根据区委统一部署，区委第三巡察组对某区教育局党组开展了常规巡察。
				一、整改工作基本情况
				（一）加强组织领导
				成立整改工作领导小组。
				1.议事规则不完善问题
				一是修订议事规则。已印发。

				中共某区教育局党组
				2024年6月30日
				""";

		// when
		var paragraphs = ReportText.parse(text).paragraphs();

		// then
		assertThat(paragraphs).extracting(Paragraph::style).containsExactly("title", "blank", "body", "heading-one",
				"heading-two", "body", "heading-three", "body", "blank", "issuer", "date");
	}

	@Test
	void publishingDatesTheSignatureWithTheDayOfPublication() {
		// given
		ReportText text = ReportText.of(SampleReports.model());

		// when
		ReportText dated = text.datedOn(LocalDate.of(2025, 1, 9));

		// then
		assertThat(dated.paragraphs()).last().isEqualTo(new Paragraph("date", "2025年1月9日"));
		assertThat(ReportText.parse(dated.text()).paragraphs()).isEqualTo(dated.paragraphs());
	}

	@Test
	void aSentenceThatHappensToStartWithANumberStaysBodyText() {
		// given
		String text = "标题\n\n1.已完成整改。已建立台账。\n一、整改工作基本情况\n";

		// when
		var paragraphs = ReportText.parse(text).paragraphs();

		// then
		assertThat(paragraphs).extracting(Paragraph::style).containsExactly("title", "blank", "body", "heading-one");
	}

	@Test
	void aParagraphTypedRightUnderTheTitleDoesNotBecomePartOfIt() {
		// given text whose empty line after the title was deleted
		String text = "中共某区教育局党组关于巡察整改情况的通报\n根据区委统一部署，区委第三巡察组对某区教育局党组开展了常规巡察，现将整改情况予以公布。\n";

		// when
		var read = ReportText.parse(text);

		// then
		assertThat(read.title()).isEqualTo("中共某区教育局党组关于巡察整改情况的通报");
		assertThat(read.paragraphs()).extracting(Paragraph::style).containsExactly("title", "body");
	}
}
