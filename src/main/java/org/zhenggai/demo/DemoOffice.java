package org.zhenggai.demo;

import static org.zhenggai.rectification.ProgressPhrase.COMPLETED;
import static org.zhenggai.rectification.ProgressPhrase.IN_PROGRESS;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhenggai.rectification.ProgressPhrase;

/**
 * The other units of the demo's round of inspections, below the fictional district inspection
 * office: a few problems each, some worded like the demo unit's so that the common-problem list has
 * something to group, with measures late, on time and done. Days count from today.
 */
final class DemoOffice {

	private DemoOffice() {
	}

	record DemoUnit(String name, String partyBody, List<DemoUnitProblem> problems) {
	}

	record DemoUnitProblem(String title, List<DemoUnitMeasure> measures) {
	}

	/** A measure due in the given days, with one progress report that many days ago (none when null). */
	record DemoUnitMeasure(String text, int deadlineInDays, @Nullable Integer reportedDaysAgo,
			@Nullable ProgressPhrase phrase) {
	}

	private static DemoUnitMeasure done(String text, int deadlineInDays, int reportedDaysAgo) {
		return new DemoUnitMeasure(text, deadlineInDays, reportedDaysAgo, COMPLETED);
	}

	private static DemoUnitMeasure going(String text, int deadlineInDays, int reportedDaysAgo) {
		return new DemoUnitMeasure(text, deadlineInDays, reportedDaysAgo, IN_PROGRESS);
	}

	private static DemoUnitMeasure untouched(String text, int deadlineInDays) {
		return new DemoUnitMeasure(text, deadlineInDays, null, null);
	}

	static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("云溪区卫生健康局", "中共云溪区卫生健康局党组", List.of(
					new DemoUnitProblem("理论学习中心组学习不够系统深入", List.of(
							done("制定年度理论学习计划", -30, 40),
							done("每月开展一次中心组专题学习", 20, 5))),
					new DemoUnitProblem("“三重一大”民主决策制度落实不严格", List.of(
							done("修订“三重一大”决策制度实施办法", -20, 25),
							going("对近三年重大事项决策开展自查", 15, 6))),
					new DemoUnitProblem("医疗机构日常监管不到位", List.of(
							going("开展医疗机构依法执业专项检查", 30, 3))))),
			new DemoUnit("云溪区住房和城乡建设局", "中共云溪区住房和城乡建设局党组", List.of(
					new DemoUnitProblem("落实全面从严治党主体责任不到位", List.of(
							untouched("制定党组主体责任清单", -10),
							untouched("开展警示教育大会", -3))),
					new DemoUnitProblem("工程招标采购监督缺失", List.of(
							going("建立小额工程项目台账", -5, 50),
							untouched("开展招标采购领域专项检查", 25))),
					new DemoUnitProblem("民主决策制度执行不严格，“三重一大”事项未集体研究", List.of(
							untouched("梳理“三重一大”事项清单", -15))))),
			new DemoUnit("云溪区文化和旅游局", "中共云溪区文化和旅游局党组", List.of(
					new DemoUnitProblem("党组理论学习中心组学习不够深入系统", List.of(
							done("完善中心组学习制度", -25, 30),
							done("开展专题研讨两次", 10, 12))),
					new DemoUnitProblem("文物安全巡查不到位", List.of(
							done("建立文物安全巡查制度", -18, 20),
							going("每季度开展文物安全巡查", 60, 9))))));
}
