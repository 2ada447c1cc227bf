package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhenggai.documents.DocumentReader;
import org.zhenggai.documents.IngestResult;
import org.zhenggai.documents.IngestResult.Category;
import org.zhenggai.documents.IngestResult.Manifestation;
import org.zhenggai.documents.IngestResult.Measure;
import org.zhenggai.documents.IngestResult.Problem;

/** Small hand-made documents, one convention of official numbering and wording each. */
class FeedbackConventionsTest {

	static final String FEEDBACK = """
			区委第三巡察组关于对区卫生健康局党组巡察情况的反馈意见

			根据区委统一部署，2024年3月11日至5月10日，区委第三巡察组对区卫生健康局党组进行了常规巡察。\
			2024年6月20日，巡察组向区卫生健康局党组反馈了巡察意见，共反馈3个方面6个问题。现将有关情况反馈如下。
			一、巡察发现的主要问题
			（一）贯彻落实党的理论路线方针政策和党中央决策部署方面
			1．理论学习不够深入。（1）党组理论学习中心组学习流于形式；（2）第一议题制度落实不到位。
			2．推动高质量发展不够有力。
			①公立医院改革推进缓慢；②基层医疗服务能力不强。
			(二)落实全面从严治党战略部署方面
			1、主体责任落实不到位。一是党组研究党风廉政建设不经常；二是对下属单位监督不力。
			2、重点领域廉政风险突出。
			(1)医药采购管理不规范，涉及金额1.5万元。
			(2)公务接待超标准。
			（三）落实新时代党的组织路线方面
			１．干部队伍建设不够有力。
			２．基层党组织建设薄弱。
			二、意见建议
			（一）提高政治站位。认真学习。
			（二）压实主体责任。抓好整改。
			区委第三巡察组
			*年*月*日
			""";

	static IngestResult read(String text) {
		return DocumentReader.readText(text);
	}

	static List<Problem> problems(IngestResult result) {
		return result.categories().stream().flatMap(category -> category.problems().stream()).toList();
	}

	@Test
	void readsAFeedbackOpinionWithItsManifestations() {
		IngestResult result = read(FEEDBACK);

		assertThat(result.title()).isEqualTo("区委第三巡察组关于对区卫生健康局党组巡察情况的反馈意见");
		assertThat(result.issuer()).isEqualTo("区委第三巡察组");
		assertThat(result.inspectionGroup()).isEqualTo("区委第三巡察组");
		assertThat(result.stationingStart()).isEqualTo(LocalDate.of(2024, 3, 11));
		assertThat(result.stationingEnd()).isEqualTo(LocalDate.of(2024, 5, 10));
		assertThat(result.feedbackDate()).isEqualTo(LocalDate.of(2024, 6, 20));
		assertThat(result.declaredProblemCount()).isEqualTo(6);
		// 二、意见建议 is no category
		assertThat(result.categories()).extracting(Category::number).containsExactly("一", "二", "三");
		assertThat(result.categories()).extracting(c -> c.problems().size()).containsExactly(2, 2, 2);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void readsFullAndHalfWidthMarkersAlike() {
		List<Problem> problems = problems(read(FEEDBACK));

		// 1． 1、 and full-width １． all number problems
		assertThat(problems).extracting(Problem::number).containsExactly("1", "2", "1", "2", "1", "2");
		assertThat(problems).extracting(Problem::title).containsExactly("理论学习不够深入", "推动高质量发展不够有力", "主体责任落实不到位",
				"重点领域廉政风险突出", "干部队伍建设不够有力", "基层党组织建设薄弱");
		// （1） inside the sentence, (1) on its own line, ① and 一是 all number manifestations
		assertThat(problems.get(0).manifestations()).containsExactly(new Manifestation("1", "党组理论学习中心组学习流于形式"),
				new Manifestation("2", "第一议题制度落实不到位。"));
		assertThat(problems.get(1).manifestations()).extracting(Manifestation::number).containsExactly("①", "②");
		assertThat(problems.get(2).manifestations()).extracting(Manifestation::number).containsExactly("一", "二");
		assertThat(problems.get(3).manifestations()).extracting(Manifestation::text)
			.containsExactly("医药采购管理不规范，涉及金额1.5万元。", "公务接待超标准。");
		assertThat(problems).allSatisfy(problem -> assertThat(problem.measures()).isEmpty());
	}

	@Test
	void aRedactedDateHasNoValue() {
		IngestResult result = read(FEEDBACK);

		assertThat(result.publishedDate()).isNull();
		assertThat(read("""
				关于巡察整改情况的通报
				*年*月*日，区委第一巡察组向我局党组反馈了巡察意见。
				一、整改情况
				1.关于学习不深入问题。一是加强学习。
				""").feedbackDate()).isNull();
	}

	@Test
	void readsLargeCategoriesWithGroupsAndManifestations() {
		IngestResult result = read("""
				市委第二巡视组关于对市教育局党委巡视情况的反馈意见
				2023年5月至7月，市委第二巡视组对市教育局党委进行了巡视。
				第一大类问题：学习贯彻习近平新时代中国特色社会主义思想不够深入
				（一）理论学习方面
				1.中心组学习不规范
				（1）学习计划不具体
				（2）学习记录不完整
				2.学用结合不紧密
				第二大类问题：全面从严治党不够有力
				（一）主体责任方面
				1.党委研究不经常
				（二）监督责任方面
				1.日常监督不到位
				①谈话提醒少
				②专项检查少
				""");

		assertThat(result.inspectingBody()).isEqualTo("市委");
		assertThat(result.inspectionGroup()).isEqualTo("市委第二巡视组");
		assertThat(result.stationingStart()).isEqualTo(LocalDate.of(2023, 5, 1));
		assertThat(result.stationingEnd()).isEqualTo(LocalDate.of(2023, 7, 31));
		assertThat(result.categories()).extracting(Category::number, Category::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("一", "学习贯彻习近平新时代中国特色社会主义思想不够深入"),
					org.assertj.core.groups.Tuple.tuple("二", "全面从严治党不够有力"));
		List<Problem> problems = problems(result);
		assertThat(problems).extracting(Problem::group).containsExactly("理论学习方面", "理论学习方面", "主体责任方面", "监督责任方面");
		assertThat(problems.get(0).manifestations()).extracting(Manifestation::text).containsExactly("学习计划不具体", "学习记录不完整");
		assertThat(problems.get(3).manifestations()).hasSize(2);
		// problems numbered anew under each group are no repeat
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void aCategoryWithMeasuresButNoProblemsStandsAsOneProblem() {
		IngestResult result = read("""
				关于区住建局巡察整改情况的通报
				根据区委统一部署，区委第一巡察组于2023年3月6日进驻区住建局开展巡察，4月20日反馈了巡察意见，指出问题3个。
				一、整改工作开展情况
				（一）加强领导。成立了整改工作领导小组。
				（二）细化任务。建立问题清单、任务清单、责任清单。
				二、反馈问题整改落实情况
				（一）党的领导方面
				整改措施：一是加强理论学习；二是完善议事规则。
				整改进度：已整改完成。
				（二）全面从严治党方面
				1．关于主体责任落实不到位问题。
				整改措施：（1）制定责任清单。（2）开展约谈提醒。
				整改情况：正在整改，需长期推进，2023年12月底前完成。
				2．关于监督不力问题。
				一是开展专项检查；
				二是建立监督台账。
				目前已完成整改。
				三、下一步工作打算
				（一）持续巩固整改成果。
				（二）建立长效机制。
				欢迎广大干部群众监督。联系电话：1234567。
				中共某区住房和城乡建设局党组
				2023年6月30日
				""");

		// a stationing start written alone has no end; the feedback takes the year from it
		assertThat(result.stationingStart()).isEqualTo(LocalDate.of(2023, 3, 6));
		assertThat(result.stationingEnd()).isNull();
		assertThat(result.feedbackDate()).isEqualTo(LocalDate.of(2023, 4, 20));
		assertThat(result.issuer()).isEqualTo("中共某区住房和城乡建设局党组");
		assertThat(result.publishedDate()).isEqualTo(LocalDate.of(2023, 6, 30));

		Category first = result.categories().get(0);
		assertThat(first.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.title()).isEqualTo("党的领导方面");
			assertThat(problem.number()).isNull();
			assertThat(problem.measures()).extracting(Measure::text).containsExactly("加强理论学习", "完善议事规则。");
			assertThat(problem.progress()).isEqualTo("COMPLETED");
			assertThat(problem.progressText()).isEqualTo("已整改完成");
		});
		List<Problem> second = result.categories().get(1).problems();
		assertThat(second).extracting(Problem::progress).containsExactly("LONG_TERM", "COMPLETED");
		assertThat(second.get(1).progressText()).isEqualTo("目前已完成整改");
		assertThat(second).allSatisfy(problem -> assertThat(problem.measures()).hasSize(2));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void warnsWhenTheDeclaredCountDisagrees() {
		IngestResult result = read("""
				关于巡察整改情况的通报
				2024年5月8日，县委第二巡察组向我局党组反馈了巡察意见，指出问题5个。
				一、整改落实情况
				1.关于学习不深入问题。一是加强学习。
				2.关于制度不健全问题。一是完善制度。
				3.关于监督不到位问题。一是强化监督。
				""");

		assertThat(result.declaredProblemCount()).isEqualTo(5);
		assertThat(problems(result)).hasSize(3);
		assertThat(result.warnings()).containsExactly("声明问题5个，实际识别3个");
	}

	@Test
	void warnsOfNumberingGapsRepeatsAndProblemsWithoutMeasures() {
		IngestResult result = read("""
				关于巡察整改情况的通报
				县委第二巡察组向我局党组反馈了巡察意见。
				二、整改落实情况
				（一）党的建设方面
				1.关于学习不深入问题。
				一是加强学习。
				二是定期检查。
				2.关于制度不健全问题。
				3.关于监督不到位问题。
				一是强化监督。
				3.关于作风不实问题。
				一是转变作风。
				（三）全面从严治党方面
				1.关于主体责任问题。
				一是压实责任。
				三是开展约谈。
				""");

		assertThat(result.warnings()).containsExactly(
				"类别编号不连续：“（一）”之后是“（三）”",
				"问题“关于制度不健全问题”未识别到整改措施",
				"“党的建设方面”中问题编号重复：“3.”",
				"“关于主体责任问题”中整改措施编号不连续：“一是”之后是“三是”");
	}

	@Test
	void aDocumentWithoutAProblemListGivesNoCategoriesAndAWarning() {
		IngestResult result = read("今天天气很好，我们去公园散步。\n公园里有很多人。");

		assertThat(result.categories()).isEmpty();
		assertThat(result.warnings()).contains("未识别到逐项列出的问题清单");
	}

	@Test
	void problemsListedWithoutCategoriesFormOneCategoryWithoutTitle() {
		IngestResult result = read("""
				关于巡察反馈意见整改进展情况的报告
				一、反馈问题整改情况
				1.关于学习不深入问题。整改措施：加强学习。整改进度：正在整改。
				2.关于制度不健全问题。整改措施：完善制度。整改进度：已完成整改，并长期坚持。
				3.关于监督不到位问题。整改措施：强化监督。整改进度：已完成阶段性整改任务并长期坚持。
				4.关于作风不实问题。整改措施：转变作风。整改进度：持续推进。
				""");

		assertThat(result.categories()).singleElement().satisfies(category -> {
			assertThat(category.number()).isNull();
			assertThat(category.title()).isNull();
			assertThat(category.problems()).extracting(Problem::progress)
				.containsExactly("IN_PROGRESS", "COMPLETED_ONGOING", "STAGE_DONE_ONGOING", "LONG_TERM");
			assertThat(category.problems()).extracting(Problem::progressText)
				.containsExactly("正在整改", "已完成整改，并长期坚持", "已完成阶段性整改任务并长期坚持", "持续推进");
		});
	}

	@Test
	void readsManifestationsAndMeasuresUnderTheirLabels() {
		IngestResult result = read("""
				关于巡察整改情况的通报
				二、整改情况
				（一）作风建设方面
				1.关于会议过多问题
				具体表现：（1）月均会议超过20次；（2）陪会现象普遍。
				整改措施：（1）精简会议；（2）合并套开。
				整改进展：已整改到位。
				""");

		Problem problem = problems(result).get(0);
		assertThat(problem.manifestations()).extracting(Manifestation::text).containsExactly("月均会议超过20次", "陪会现象普遍。");
		assertThat(problem.measures()).extracting(Measure::text).containsExactly("精简会议", "合并套开。");
		assertThat(problem.progress()).isEqualTo("COMPLETED");
	}

	@Test
	void inAReportBareNumberedItemsUnderParenthesisedItemsAreMeasures() {
		IngestResult result = read("""
				中共某市财政局党组关于
				市委巡察反馈意见整改情况的通报
				按照市委统一部署，2023年4月10日至6月10日，市委第一巡察组对市财政局党组开展了常规巡察。7月5日，巡察组反馈了意见。
				一、贯彻落实党中央决策部署方面
				（一）落实过紧日子要求不到位（已完成整改）
				整改情况：一是修订公用经费管理办法；二是压减一般性支出10%。
				（二）预算绩效管理不严（正在整改）
				整改情况：第一，建立绩效评价台账；第二，开展重点项目评价。
				二、全面从严治党方面
				（一）主体责任落实不到位
				1.开展专题警示教育。
				2.建立谈话提醒制度。
				整改进度：已完成整改并长期坚持。
				（二）监督检查不经常
				1.制定年度监督计划。
				中共某市财政局党组
				2023年10月8日
				""");

		// a title wrapped over two lines is joined
		assertThat(result.title()).isEqualTo("中共某市财政局党组关于市委巡察反馈意见整改情况的通报");
		assertThat(result.feedbackDate()).isEqualTo(LocalDate.of(2023, 7, 5));
		List<Problem> problems = problems(result);
		assertThat(problems).extracting(Problem::number).containsExactly("一", "二", "一", "二");
		// the status in brackets goes to progress, not into the title
		assertThat(problems).extracting(Problem::title).containsExactly("落实过紧日子要求不到位", "预算绩效管理不严", "主体责任落实不到位", "监督检查不经常");
		assertThat(problems).extracting(Problem::progress).containsExactly("COMPLETED", "IN_PROGRESS", "COMPLETED_ONGOING", null);
		// 整改情况：一是… and 第一，… hold the measures
		assertThat(problems.get(1).measures()).extracting(Measure::text).containsExactly("建立绩效评价台账", "开展重点项目评价。");
		assertThat(problems.get(2).measures()).hasSize(2);
		assertThat(problems.get(3).measures()).extracting(Measure::text).containsExactly("制定年度监督计划。");
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void theDeclaredCountDecidesWhichLevelHoldsTheProblems() {
		// （一） could be groups over 1. problems, or problems over 1. manifestations: 4个问题 says which
		IngestResult result = read("""
				区委第一巡察组关于巡察区文旅局党组的反馈意见
				根据区委统一部署，区委第一巡察组于2024年4月8日至6月7日对区文旅局党组开展了巡察，反馈问题共2个方面4个问题。
				一、落实党中央决策部署方面
				（一）文旅融合推进不力
				1.项目谋划不足，储备项目少。
				2.招商引资成效不明显。
				（二）安全生产监管不严
				1.景区安全检查流于形式。
				二、全面从严治党方面
				（一）落实主体责任不到位
				1.党组研究党风廉政建设少。
				（二）公务接待不规范
				1.超标准接待3次。
				2.无公函接待。
				三、整改要求
				（一）提高政治站位。
				""");

		// the stationing period and the count share one sentence
		assertThat(result.stationingStart()).isEqualTo(LocalDate.of(2024, 4, 8));
		assertThat(result.stationingEnd()).isEqualTo(LocalDate.of(2024, 6, 7));
		assertThat(result.feedbackDate()).isNull();
		assertThat(result.categories()).extracting(c -> c.problems().size()).containsExactly(2, 2);
		assertThat(problems(result)).extracting(Problem::title).containsExactly("文旅融合推进不力", "安全生产监管不严", "落实主体责任不到位", "公务接待不规范");
		assertThat(problems(result).get(3).manifestations()).extracting(Manifestation::number).containsExactly("1", "2");
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void ofSeveralDeepPartsTheOneWithMeasureSectionsIsTheList() {
		IngestResult result = read("""
				关于巡察整改进展情况的通报
				根据县委统一部署，县委第四巡察组对县林业局党组进行了巡察，指出问题2个。
				一、整改工作推进情况
				（一）组建专班
				1.成立领导小组。
				2.召开专题会议。
				二、反馈问题整改落实情况
				（一）党的领导方面
				1.关于学习不深入问题
				整改措施：加强学习。
				（二）党的建设方面
				1.关于组织生活不规范问题
				整改措施：规范三会一课。
				三、下一步工作打算
				（一）巩固成果
				1.持续跟踪。
				""");

		assertThat(result.categories()).extracting(Category::title).containsExactly("党的领导方面", "党的建设方面");
		assertThat(problems(result)).extracting(Problem::title).containsExactly("关于学习不深入问题", "关于组织生活不规范问题");
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void partsNamedAfterTheirTopicAreTheCategories() {
		IngestResult result = read("""
				县委第二巡察组关于对县交通运输局党组巡察情况的反馈意见
				县委第二巡察组于2023年9月进驻县交通运输局党组开展常规巡察。现将巡察发现的问题反馈如下：
				一、贯彻落实党中央决策部署方面存在的问题
				（一）落实安全生产责任不到位
				1.隐患排查不彻底。
				2.整改闭环不严。
				二、全面从严治党方面存在的问题
				（一）主体责任落实不到位
				1.研究党风廉政建设少。
				三、意见建议
				（一）提高政治站位。
				""");

		// 进驻 in a month gives the start of the stay only
		assertThat(result.stationingStart()).isEqualTo(LocalDate.of(2023, 9, 1));
		assertThat(result.stationingEnd()).isNull();
		assertThat(result.categories()).extracting(Category::title)
			.containsExactly("贯彻落实党中央决策部署方面存在的问题", "全面从严治党方面存在的问题");
		// by convention 1. numbers problems and （一） groups them
		assertThat(problems(result)).extracting(Problem::group)
			.containsExactly("落实安全生产责任不到位", "落实安全生产责任不到位", "主体责任落实不到位");
		assertThat(result.warnings()).isEmpty();
	}
}
