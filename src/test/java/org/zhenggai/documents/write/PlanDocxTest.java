package org.zhenggai.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.zhenggai.documents.DocumentWriter;
import org.zhenggai.documents.ReportModel;
import org.zhenggai.documents.ReportModel.Plan;
import org.zhenggai.documents.ReportModel.Section;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanDocxTest {

	private XWPFDocument document;

	private List<String> texts;

	@BeforeAll
	void writeTheSamplePlan() throws IOException {
		document = plan(SampleReports.model());
		texts = texts(document);
	}

	@Test
	void opensWithTheDocumentNumberAndTheTitle() {
		assertThat(texts.get(0)).isEqualTo("明教党〔2024〕5号");
		assertThat(texts.get(2)).isEqualTo("关于落实区委第三巡察组反馈意见的整改方案");
		assertThat(document.getParagraphs().get(2).getRuns().get(0).getFontFamily(FontCharRange.eastAsia))
			.isEqualTo("方正小标宋简体");
	}

	@Test
	void hasThePartsOfAPlanInOrder() {
		assertThat(texts.stream().filter(text -> text.matches("^[一二三四五六七八九十]+、.*")))
			.containsExactly("一、指导思想", "二、组织领导", "三、整改时限", "四、整改任务", "五、工作要求");
	}

	@Test
	void namesTheLeadingGroup() {
		assertThat(texts).contains("组　长：党组书记、局长周明远同志", "副组长：副局长林晓岚同志、副局长郑海峰同志", "成　员：各科室主要负责人");
	}

	@Test
	void statesTheConcentratedPeriod() {
		assertThat(texts).anyMatch(text -> text.startsWith("集中整改期为2024年5月20日至8月20日。"));
	}

	@Test
	void givesEachProblemItsManifestationsCausesMeasuresAndWhoAnswersForThem() {
		int problem = texts.indexOf("4.财务管理不规范问题");
		assertThat(texts.subList(problem + 1, problem + 9)).containsExactly("具体表现：工作中存在财务管理不规范的情况。",
				"原因分析：对相关工作重视不够，制度执行不严。", "责任领导：郑海峰；牵头科室：计划财务科。", "整改措施：",
				"（1）完成下属学校财务制度全面检查。", "责任领导：郑海峰；牵头科室：计划财务科；责任人：孙丽；完成时限：2024年8月1日前（限期整改）。",
				"（2）修订《财务报销管理办法》。", "责任领导：郑海峰；牵头科室：计划财务科；责任人：孙丽；完成时限：2024年8月20日前（限期整改）。");
	}

	@Test
	void workWithoutADateIsLongTerm() {
		assertThat(texts).contains("责任领导：郑海峰；牵头科室：政策法规科；责任人：王磊；完成时限：长期坚持。");
	}

	@Test
	void usesTheStandardWordingWhenThePlanLeavesItOut() {
		assertThat(texts.get(texts.indexOf("一、指导思想") + 1)).startsWith("坚持以习近平新时代中国特色社会主义思想为指导")
			.contains("全面落实区委巡察工作部署要求");
		assertThat(texts).anyMatch(text -> text.startsWith("（一）提高政治站位。"));
	}

	@Test
	void printsItsOwnRequirementsAsRunInHeadings() throws IOException {
		ReportModel sample = SampleReports.model();
		ReportModel own = new ReportModel(sample.unit(), sample.round(), sample.leadingGroup(), sample.organisation(),
				sample.categories(), sample.nextSteps(), new Plan("", sample.plan().issuedOn(), "本单位的指导思想。",
						List.of(new Section("从严从实", "逐项抓好落实。"))),
				sample.reportDate());

		XWPFDocument written = plan(own);
		List<String> ownTexts = texts(written);

		assertThat(ownTexts.get(0)).isEqualTo("关于落实区委第三巡察组反馈意见的整改方案");
		assertThat(ownTexts).contains("本单位的指导思想。", "（一）从严从实。逐项抓好落实。");
		XWPFParagraph requirement = written.getParagraphs().get(ownTexts.indexOf("（一）从严从实。逐项抓好落实。"));
		assertThat(requirement.getRuns().get(0).getFontFamily(FontCharRange.eastAsia)).isEqualTo("楷体_GB2312");
		assertThat(requirement.getRuns().get(1).getFontFamily(FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
	}

	@Test
	void numberingTypedIntoAMeasureStepsDownBelowTheMeasuresOwnNumber() throws IOException {
		// given a measure whose text numbers its parts 1. 2., as people type them
		ReportModel model = withProblem(new ReportModel.Problem(1, "制度不健全问题", List.of(), "", "李建国", "办公室",
				List.of(SampleReports.ongoing("完善制度：1.修订议事规则；2.修订财务制度", "办公室", "陈静", null, "")), "正在整改"));

		// when
		List<String> written = texts(plan(model));

		// then the parts read ① ② under the measure's （1）, not as problems 1. and 2.
		assertThat(written).contains("（1）完善制度：①修订议事规则；②修订财务制度。");
	}

	@Test
	void endsWithTheIssuerAndThePlanDate() {
		assertThat(texts.subList(texts.size() - 2, texts.size())).containsExactly("中共明湖区教育局党组", "2024年6月3日");
	}

	private static ReportModel withProblem(ReportModel.Problem problem) {
		ReportModel sample = SampleReports.model();
		return new ReportModel(sample.unit(), sample.round(), sample.leadingGroup(), sample.organisation(),
				List.of(new ReportModel.Category("制度建设方面", List.of(problem))), sample.nextSteps(), sample.plan(),
				sample.reportDate());
	}

	private static XWPFDocument plan(ReportModel model) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocumentWriter().writePlan(model, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

	private static List<String> texts(XWPFDocument document) {
		return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}
}
