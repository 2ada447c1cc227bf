package org.zhenggai.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.zhenggai.documents.DocumentWriter;
import org.zhenggai.documents.ReportModel;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReportDocxTest {

	private XWPFDocument document;

	private List<String> texts;

	@BeforeAll
	void writeTheSampleReport() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocumentWriter().writePublicReport(SampleReports.model(), out);
		document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
		texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	@Test
	void opensWithTheTitleBrokenBeforeGuanyu() {
		assertThat(texts.get(0)).isEqualTo("中共明湖区教育局党组\n关于巡察整改情况的通报");
		assertThat(document.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
	}

	@Test
	void theBasisSaysWhoInspectedWhomWhenAndWhatWasFound() {
		assertThat(texts).contains("根据区委统一部署，2024年3月1日至4月30日，区委第三巡察组对区教育局党组开展了常规巡察。"
				+ "2024年5月20日，巡察组反馈了巡察意见，指出问题3大类8个。按照党务公开原则和巡察工作有关要求，现将巡察整改情况予以公布。");
	}

	@Test
	void headingsComeInTheOrderOfTheReport() {
		List<String> headings = texts.stream()
			.filter(text -> text.matches("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.).*"))
			.toList();
		assertThat(headings).containsExactly("一、整改工作基本情况", "（一）加强组织领导", "（二）细化整改任务", "（三）全力推进整改",
				"二、区委第三巡察组反馈意见整改落实情况", "（一）学习贯彻党的创新理论不够深入方面", "1.落实“第一议题”制度不到位问题",
				"2.调查研究不够深入问题", "3.理论学习与业务工作结合不紧问题", "（二）落实全面从严治党主体责任不到位方面",
				"4.财务管理不规范问题", "5.政府采购内控不严问题", "6.工程建设项目监管不到位问题", "（三）基层党组织建设有短板方面",
				"7.基层党组织“三会一课”落实不规范问题", "8.党员发展工作不够规范问题", "三、下一步工作打算", "（一）巩固整改成果",
				"（二）健全长效机制");
	}

	@Test
	void eachProblemListsItsMeasuresWithProgressAndEndsWithItsProgressPhrase() {
		int problem = texts.indexOf("1.落实“第一议题”制度不到位问题");
		assertThat(texts.subList(problem + 1, problem + 4)).containsExactly(
				"一是修订党组理论学习中心组学习制度。2024年6月印发《党组理论学习中心组学习制度》。",
				"二是建立“第一议题”学习台账，每季度通报落实情况。已建立学习台账并完成第二季度通报。", "整改进展：已完成整改。");
		int single = texts.indexOf("2.调查研究不够深入问题");
		assertThat(texts.get(single + 1)).startsWith("建立局领导联系学校制度");
		assertThat(texts.get(single + 2)).isEqualTo("整改进展：已完成阶段性任务并长期坚持。");
	}

	@Test
	void measuresThatNumberPartsOfTheirOwnAreNumberedAboveThem() throws IOException {
		// given a problem whose measure reports its progress as 1. 2., as people type it
		ReportModel sample = SampleReports.model();
		ReportModel model = new ReportModel(sample.unit(), sample.round(), sample.leadingGroup(), sample.organisation(),
				List.of(new ReportModel.Category("制度建设方面", List.of(SampleReports.problem(1, "制度不健全问题", "李建国", "办公室",
						SampleReports.ongoing("修订议事规则", "办公室", "陈静", null, "1.已起草修订稿；2.已征求意见。"),
						SampleReports.ongoing("修订财务制度", "计划财务科", "孙丽", null, "已印发。"))))),
				sample.nextSteps(), sample.plan(), sample.reportDate());

		// when
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocumentWriter().writePublicReport(model, out);
		List<String> written = new XWPFDocument(new ByteArrayInputStream(out.toByteArray())).getParagraphs()
			.stream()
			.map(XWPFParagraph::getText)
			.toList();

		// then the measures are （1）（2） and the typed parts ① ②, so that none reads as a problem
		int problem = written.indexOf("1.制度不健全问题");
		assertThat(written.subList(problem + 1, problem + 3)).containsExactly("（1）修订议事规则。①已起草修订稿；②已征求意见。",
				"（2）修订财务制度。已印发。");
	}

	@Test
	void quotesTheProgressFigures() {
		assertThat(texts).contains("对照反馈意见指出的8个问题，我们逐项制定整改措施11项。截至2024年9月10日，已完成6项，正在整改5项。");
	}

	@Test
	void invitesSupervisionWithTheUnitsContactChannels() {
		assertThat(texts).contains("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
				+ "联系电话：0571-88880000；通信地址：明湖区文昌路18号；邮政编码：310099；电子邮箱：mhjyjdb@example.org。");
	}

	@Test
	void endsWithTheIssuerCentredOverTheDateAtTheRight() {
		XWPFParagraph issuer = paragraph("中共明湖区教育局党组");
		XWPFParagraph date = paragraph("2024年9月10日");
		assertThat(texts.get(texts.size() - 1)).isEqualTo("2024年9月10日");
		assertThat(issuer.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
		assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
		// 成文日期右空四字: four 16 pt characters
		assertThat(date.getIndentationRight()).isEqualTo(4 * 16 * 20);
		assertThat(issuer.getIndentationRight()).isLessThan(date.getIndentationRight());
	}

	@Test
	void setsTitleBodyAndHeadingsInTheirOfficialFontsAndSizes() {
		assertFont(firstRun(texts.get(0)), "方正小标宋简体", 22);
		assertFont(firstRun(texts.get(2)), "仿宋_GB2312", 16);
		assertFont(firstRun("一、整改工作基本情况"), "黑体", 16);
		assertFont(firstRun("（一）加强组织领导"), "楷体_GB2312", 16);
		assertThat(firstRun("1.落实“第一议题”制度不到位问题").isBold()).isTrue();
	}

	@Test
	void bodyLinesAreSpacedExactly28PointsAndIndentedTwoCharacters() {
		XWPFParagraph body = document.getParagraphs().get(2);
		assertThat(body.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
		assertThat(body.getSpacingBetween()).isEqualTo(28.0);
		assertThat(body.getCTPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
		assertThat(body.getIndentationFirstLine()).isEqualTo(2 * 16 * 20);
		assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
	}

	@Test
	void headingsStayWithTheTextTheyHead() {
		assertThat(paragraph("二、区委第三巡察组反馈意见整改落实情况").getCTPPr().isSetKeepNext()).isTrue();
	}

	@Test
	void thePageIsA4WithTheMarginsOfGbt9704() {
		CTSectPr section = document.getDocument().getBody().getSectPr();
		assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
		assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
		CTPageMar margins = section.getPgMar();
		// millimetres × 72 / 25.4 × 20
		assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(2098));
		assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1984));
		assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1587));
		assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(1474));
	}

	@Test
	void numbersPagesInTheFooterWithAPageField() {
		assertThat(document.getFooterList()).hasSize(2).allSatisfy(footer -> {
			assertThat(footer.getText().strip()).isEqualTo("— 1 —");
			assertThat(footer._getHdrFtr().xmlText()).contains("PAGE").contains("fldChar");
		});
		XWPFFooter odd = document.getHeaderFooterPolicy().getDefaultFooter();
		XWPFRun dash = odd.getParagraphs().get(0).getRuns().get(0);
		assertFont(dash, "宋体", 14);
		assertThat(odd.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
		assertThat(document.getHeaderFooterPolicy().getEvenPageFooter().getParagraphs().get(0).getAlignment())
			.isEqualTo(ParagraphAlignment.LEFT);
	}

	private XWPFParagraph paragraph(String text) {
		return document.getParagraphs().get(texts.indexOf(text));
	}

	private XWPFRun firstRun(String text) {
		return paragraph(text).getRuns().get(0);
	}

	private static void assertFont(XWPFRun run, String eastAsian, double size) {
		assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo(eastAsian);
		assertThat(run.getFontSizeAsDouble()).isEqualTo(size);
	}
}
