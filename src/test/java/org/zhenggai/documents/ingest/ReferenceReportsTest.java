package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhenggai.documents.DocumentReader;
import org.zhenggai.documents.IngestResult;
import org.zhenggai.documents.IngestResult.Category;
import org.zhenggai.documents.IngestResult.Problem;

/** The three real reports, checked against what a careful reader finds in them. */
class ReferenceReportsTest {

	static IngestResult read(String file) {
		return DocumentReader.read(ReferenceReports.bytes(file), file);
	}

	static List<Integer> problemsPerCategory(IngestResult result) {
		return result.categories().stream().map(category -> category.problems().size()).toList();
	}

	static List<String> categoryTitles(IngestResult result) {
		return result.categories().stream().map(Category::title).toList();
	}

	static Problem problem(IngestResult result, int category, int problem) {
		return result.categories().get(category).problems().get(problem);
	}

	@Nested
	class Suifenhe2018 {

		final IngestResult result = read(ReferenceReports.SUIFENHE);

		@Test
		void readsTheHeaderAndTheRound() {
			assertThat(result.title()).isEqualTo("绥芬河市教育党工委关于巡察整改情况的通报");
			assertThat(result.issuer()).isEqualTo("绥芬河市教育党工委");
			assertThat(result.inspectingBody()).isEqualTo("市委");
			assertThat(result.inspectionGroup()).isEqualTo("市委第三巡察组");
			// 2017年9月至2017年11月: whole months
			assertThat(result.stationingStart()).isEqualTo(LocalDate.of(2017, 9, 1));
			assertThat(result.stationingEnd()).isEqualTo(LocalDate.of(2017, 11, 30));
			assertThat(result.feedbackDate()).isEqualTo(LocalDate.of(2018, 3, 16));
			// no date under the signature: the page's 添加日期 line
			assertThat(result.publishedDate()).isEqualTo(LocalDate.of(2018, 11, 5));
			assertThat(result.declaredProblemCount()).isNull();
		}

		@Test
		void readsPartTwoAsThreeCategoriesAndLeavesOutTheNoteOnClues() {
			assertThat(categoryTitles(result)).containsExactly("党的领导核心发挥不充分方面", "党的建设有所缺失方面", "全面从严治党不力方面");
			assertThat(result.categories()).extracting(Category::number).containsExactly("一", "二", "三");
			assertThat(problemsPerCategory(result)).containsExactly(3, 3, 3);
		}

		@Test
		void readsProblemTitlesAsWritten() {
			assertThat(problem(result, 0, 0).title()).isEqualTo("政治敏感性不强,教育管理不规范、监督责任不到位,履职能力有待提高");
			assertThat(problem(result, 1, 2).title()).isEqualTo("未严格执行三重一大决策制度");
			assertThat(problem(result, 2, 1).title()).isEqualTo("基建项目履职尽责不到位,资金使用缺乏后续监管");
			assertThat(result.categories().get(2).problems()).extracting(Problem::number).containsExactly("1", "2", "3");
			assertThat(problem(result, 0, 0).group()).isNull();
		}

		@Test
		void takesTheFirstEnumerationUnderAProblemAsItsMeasures() {
			// 1)加强师德师风建设 2)… 3)…, each with 一是 二是 三是 inside
			Problem first = problem(result, 0, 0);
			assertThat(first.measures()).hasSize(3);
			assertThat(first.measures().get(0).text()).startsWith("加强师德师风建设\n一是加强对教师的思想政治教育。")
				.contains("三是严格做到四个“必查”。");
			// 一是 二是 三是
			assertThat(problem(result, 0, 2).measures()).hasSize(3);
			// ⑴ ⑵ ⑶ ⑷ (5) run together in one paragraph
			assertThat(problem(result, 1, 0).measures()).hasSize(5);
			assertThat(problem(result, 1, 0).measures().get(4).text()).startsWith("各中小学加强党建品牌建设");
			assertThat(problem(result, 1, 1).measures()).hasSize(2);
			// a paragraph without enumeration is one measure
			assertThat(problem(result, 1, 2).measures()).hasSize(1);
			assertThat(problem(result, 2, 1).measures()).hasSize(2);
		}

		@Test
		void statesNoProgressAndWarnsOfNothing() {
			assertThat(result.categories()).flatExtracting(Category::problems).extracting(Problem::progress).containsOnlyNulls();
			assertThat(result.warnings()).isEmpty();
		}
	}

	@Nested
	class Boshan2023 {

		final IngestResult result = read(ReferenceReports.BOSHAN);

		@Test
		void readsTheHeaderAndTheRound() {
			assertThat(result.title()).isEqualTo("中共博山区教育和体育局党组关于巡察整改进展情况的通报");
			assertThat(result.issuer()).isEqualTo("中共博山区教育和体育局党组");
			assertThat(result.inspectingBody()).isEqualTo("区委");
			assertThat(result.inspectionGroup()).isEqualTo("区委第二巡察组");
			// 2022年6月下旬至8月下旬: 下旬 is the 21st to the month's end
			assertThat(result.stationingStart()).isEqualTo(LocalDate.of(2022, 6, 21));
			assertThat(result.stationingEnd()).isEqualTo(LocalDate.of(2022, 8, 31));
			// 10月12日, the year from the date before
			assertThat(result.feedbackDate()).isEqualTo(LocalDate.of(2022, 10, 12));
			assertThat(result.publishedDate()).isEqualTo(LocalDate.of(2023, 1, 12));
			// 3大类8个问题
			assertThat(result.declaredProblemCount()).isEqualTo(8);
		}

		@Test
		void splitsTheRunTogetherTextIntoThreeCategoriesAndEightProblems() {
			assertThat(categoryTitles(result)).containsExactly("学习贯彻上级决策部署要求不扎实方面", "主责主业和承担的黄河战略核心职能落实有差距方面",
					"落实中央八项规定精神及加强作风建设不够严实方面");
			assertThat(problemsPerCategory(result)).containsExactly(2, 3, 3);
			assertThat(problem(result, 0, 1).title()).isEqualTo("关于责任落实有差距问题");
			assertThat(problem(result, 1, 2).title()).isEqualTo("履行服务监管职责不够到位问题");
			assertThat(problem(result, 2, 0).title()).isEqualTo("关于落实从严治党主体责任不到位问题");
		}

		@Test
		void readsTheMeasuresUnderTheLabel() {
			assertThat(problem(result, 0, 0).measures()).hasSize(2);
			assertThat(problem(result, 0, 1).measures()).hasSize(3);
			// （1）…（7）, some holding 一是 二是 三是 of their own
			assertThat(problem(result, 1, 0).measures()).hasSize(7);
			assertThat(problem(result, 1, 0).measures().get(3).text()).startsWith("基础教育方面:").contains("二是及时对校园开放日");
			assertThat(problem(result, 1, 1).measures()).hasSize(6);
			assertThat(problem(result, 1, 2).measures()).hasSize(4);
			// 整改措施:加强财经政策培训… without numbers is one measure
			assertThat(problem(result, 2, 1).measures()).extracting(IngestResult.Measure::text)
				.containsExactly("加强财经政策培训,严守财经纪律,严格执行“三重一大”制度,坚决把好关口,对涉及大额支出的项目资金需提交党组会研究通过后执行。");
			assertThat(problem(result, 2, 2).measures()).hasSize(4);
		}

		@Test
		void readsTheProgressOfEveryProblem() {
			assertThat(result.categories()).flatExtracting(Category::problems).extracting(Problem::progress)
				.containsExactly("COMPLETED_ONGOING", "STAGE_DONE_ONGOING", "COMPLETED_ONGOING", "COMPLETED_ONGOING",
						"COMPLETED_ONGOING", "COMPLETED_ONGOING", "COMPLETED_ONGOING", "COMPLETED_ONGOING");
			assertThat(problem(result, 0, 0).progressText()).isEqualTo("已完成整改并长期坚持");
			assertThat(problem(result, 0, 1).progressText()).isEqualTo("已完成阶段性任务并长期坚持");
			assertThat(problem(result, 1, 1).progressText())
				.isEqualTo("除职业教育方面取得阶段性成效,2023年9月10日前完成,其他方面已全部整改完成并长期坚持");
		}

		@Test
		void leavesOutPartsOneAndThreeAndThePageChrome() {
			assertThat(result.categories()).flatExtracting(Category::problems)
				.extracting(Problem::title)
				.noneMatch(title -> title.contains("统一思想认识") || title.contains("明确职责") || title.contains("打印"));
			assertThat(result.warnings()).isEmpty();
		}
	}

	@Nested
	class Haizhu2025 {

		final IngestResult result = read(ReferenceReports.HAIZHU);

		@Test
		void readsTheRoundFromTheOpeningAndTheIssuerFromTheSignature() {
			assertThat(result.title()).isNull();
			assertThat(result.issuer()).isEqualTo("中共广州市海珠区教育局党组");
			assertThat(result.inspectingBody()).isEqualTo("区委");
			assertThat(result.inspectionGroup()).isEqualTo("区委第三巡察组");
			assertThat(result.stationingStart()).isEqualTo(LocalDate.of(2023, 11, 17));
			assertThat(result.stationingEnd()).isEqualTo(LocalDate.of(2024, 1, 17));
			assertThat(result.feedbackDate()).isEqualTo(LocalDate.of(2024, 3, 28));
			assertThat(result.publishedDate()).isEqualTo(LocalDate.of(2025, 1, 25));
			assertThat(result.declaredProblemCount()).isEqualTo(36);
		}

		@Test
		void readsFiveLargeCategoriesWithThirtySixProblems() {
			assertThat(categoryTitles(result)).containsExactly(
					"关于以学促干有不足,践行习近平新时代中国特色社会主义思想建设高质量教育体系仍有短板问题",
					"关于履职尽责有不足,落实全面从严治党办好人民满意的教育仍有短板问题",
					"关于作风建设有不足,整治形式主义官僚主义仍有短板问题",
					"关于党的领导有不足,贯彻新时代党的组织路线建设高素质干部队伍仍有短板问题",
					"关于建章立制有不足,落实巡察整改任务仍有短板方面问题");
			assertThat(result.categories()).extracting(Category::number).containsExactly("一", "二", "三", "四", "五");
			assertThat(problemsPerCategory(result)).containsExactly(5, 12, 9, 8, 2);
			List<String> numbers = result.categories().stream().flatMap(c -> c.problems().stream()).map(Problem::number).toList();
			assertThat(numbers).hasSize(36).first().isEqualTo("1");
			assertThat(numbers).last().isEqualTo("36");
		}

		@Test
		void keepsTheIntermediateHeadingAsGroup() {
			assertThat(problem(result, 0, 0).title()).isEqualTo("针对落实“第一议题”不到位问题");
			assertThat(problem(result, 0, 0).group()).isEqualTo("关于学思践悟效果不突出问题");
			assertThat(problem(result, 0, 2).group()).isEqualTo("关于开拓新局效果不突出问题");
			assertThat(problem(result, 2, 2).title()).isEqualTo("针对学校、群众对办好“家门口”教育的“急难愁盼”问题");
			assertThat(problem(result, 2, 2).group()).isEqualTo("关于急难愁盼“该办未办”问题");
			// the fifth category has no groups
			assertThat(problem(result, 4, 0).group()).isNull();
			assertThat(problem(result, 4, 1).title()).isEqualTo("针对部分问题整改不够到位问题");
		}

		@Test
		void takesTheEnumerationsAsMeasures() {
			assertThat(problem(result, 0, 0).measures()).hasSize(2);
			assertThat(problem(result, 0, 1).measures()).hasSize(4);
			assertThat(problem(result, 1, 2).measures()).hasSize(6);
			// 103个急难愁盼问题中… before 一是 is no measure
			assertThat(problem(result, 2, 2).measures()).hasSize(6);
			assertThat(problem(result, 2, 2).measures().get(0).text()).startsWith("经协商,区文广旅体局及江南二小");
			assertThat(problem(result, 2, 8).measures()).hasSize(7);
			assertThat(problem(result, 4, 1).measures()).hasSize(6);
		}

		@Test
		void statesNoProgressAndWarnsOnlyOfTheMissingTitle() {
			assertThat(result.categories()).flatExtracting(Category::problems).extracting(Problem::progress).containsOnlyNulls();
			assertThat(result.warnings()).containsExactly("未识别到文件标题");
		}
	}
}
