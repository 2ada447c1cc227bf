package org.zhenggai.documents.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.zhenggai.documents.ReportModel;
import org.zhenggai.documents.ReportModel.Category;
import org.zhenggai.documents.ReportModel.Contact;
import org.zhenggai.documents.ReportModel.LeadingGroup;
import org.zhenggai.documents.ReportModel.Measure;
import org.zhenggai.documents.ReportModel.Plan;
import org.zhenggai.documents.ReportModel.Problem;
import org.zhenggai.documents.ReportModel.Round;
import org.zhenggai.documents.ReportModel.Section;
import org.zhenggai.documents.ReportModel.Unit;

/**
 * Sample data for the writers' tests: a fictional district education bureau (明湖区教育局) after a
 * regular inspection that found 8 problems in 3 categories. All names are made up.
 */
public final class SampleReports {

	/** The day the sample ledger is printed: one measure is overdue, one is due within the week. */
	public static final LocalDate TODAY = LocalDate.of(2024, 8, 15);

	private SampleReports() {
	}

	public static ReportModel model() {
		return new ReportModel(unit(), round(), leadingGroup(), organisation(), categories(), nextSteps(), plan(),
				LocalDate.of(2024, 9, 10));
	}

	public static Unit unit() {
		return new Unit("明湖区教育局", "区教育局党组", "中共明湖区教育局党组",
				new Contact("0571-88880000", "明湖区文昌路18号", "310099", "mhjyjdb@example.org"));
	}

	public static Round round() {
		return new Round("十三届区委第六轮巡察", "常规巡察", "区委", "区委第三巡察组", LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 20), LocalDate.of(2024, 8, 20));
	}

	public static LeadingGroup leadingGroup() {
		return new LeadingGroup("党组书记、局长周明远同志", List.of("副局长林晓岚同志", "副局长郑海峰同志"),
				"各科室主要负责人");
	}

	public static List<Section> organisation() {
		return List.of(
				new Section("细化整改任务", "对照反馈意见，制定整改方案，建立问题清单、任务清单、责任清单和整改台账，"
						+ "逐条逐项明确责任领导、牵头科室、责任人和完成时限，做到对账销号。"),
				new Section("全力推进整改", "召开巡察整改专题民主生活会，领导班子成员深入对照检查、剖析原因。"
						+ "局整改工作领导小组先后6次听取整改进展汇报，对8个牵头科室进行调度。"));
	}

	public static List<Section> nextSteps() {
		return List.of(
				new Section("巩固整改成果", "对已完成的整改事项适时开展“回头看”，坚决防止问题反弹回潮。"),
				new Section("健全长效机制", "针对问题背后的制度漏洞，完善相关制度，推动整改常态化、长效化。"));
	}

	public static Plan plan() {
		return new Plan("明教党〔2024〕5号", LocalDate.of(2024, 6, 3), "", List.of());
	}

	public static List<Category> categories() {
		return List.of(
				new Category("学习贯彻党的创新理论不够深入方面", List.of(
						problem(1, "落实“第一议题”制度不到位问题", "李建国", "办公室",
								completed("修订党组理论学习中心组学习制度", "办公室", "陈静", LocalDate.of(2024, 6, 10),
										"2024年6月印发《党组理论学习中心组学习制度》。"),
								closed("建立“第一议题”学习台账，每季度通报落实情况", "办公室", "陈静",
										LocalDate.of(2024, 6, 30), "已建立学习台账并完成第二季度通报。")),
						problem(2, "调查研究不够深入问题", "李建国", "政策法规科",
								ongoing("建立局领导联系学校制度，每学期深入基层调研不少于2次", "政策法规科", "王磊", null,
										"局领导已深入学校调研12次。")),
						problem(3, "理论学习与业务工作结合不紧问题", "林晓岚", "组织人事科",
								completed("开展“学理论、促发展”专题研讨", "组织人事科", "赵敏", LocalDate.of(2024, 7, 15),
										"已开展专题研讨3次。")))),
				new Category("落实全面从严治党主体责任不到位方面", List.of(
						problem(4, "财务管理不规范问题", "郑海峰", "计划财务科",
								overdue("完成下属学校财务制度全面检查", "计划财务科", "孙丽", LocalDate.of(2024, 8, 1),
										"已检查学校26所，尚有4所未完成。"),
								dueSoon("修订《财务报销管理办法》", "计划财务科", "孙丽", LocalDate.of(2024, 8, 20),
										"修订稿已征求意见。")),
						problem(5, "政府采购内控不严问题", "郑海峰", "计划财务科",
								completed("制定教育系统采购工作指引", "计划财务科", "孙丽", LocalDate.of(2024, 7, 31),
										"2024年7月印发《教育系统采购工作指引》。")),
						problem(6, "工程建设项目监管不到位问题", "郑海峰", "基建科",
								ongoing("对在建工程项目开展专项检查", "基建科", "刘洋", LocalDate.of(2024, 10, 31),
										"已检查在建项目5个。"),
								ongoing("建立工程项目全过程监管机制", "基建科", "刘洋", null, "制度初稿已形成。")))),
				new Category("基层党组织建设有短板方面", List.of(
						problem(7, "基层党组织“三会一课”落实不规范问题", "林晓岚", "机关党委",
								completed("开展基层党组织规范化建设专项检查", "机关党委", "黄燕", LocalDate.of(2024, 7, 20),
										"已完成对全区58个基层党组织的检查。")),
						problem(8, "党员发展工作不够规范问题", "林晓岚", "机关党委",
								completed("组织发展党员工作业务培训", "机关党委", "黄燕", LocalDate.of(2024, 6, 28),
										"已培训党务工作者120人次。")))));
	}

	/** A problem whose progress phrase follows from its measures. */
	public static Problem problem(int number, String title, String leader, String department, Measure... measures) {
		boolean allDone = List.of(measures).stream().allMatch(measure -> measure.completed() || measure.closed());
		boolean anyOngoing = List.of(measures).stream().anyMatch(measure -> measure.deadline() == null);
		String phrase = allDone ? "已完成整改" : anyOngoing ? "已完成阶段性任务并长期坚持" : "正在整改";
		return new Problem(number, title, List.of("工作中存在" + title.replace("问题", "") + "的情况。"),
				"对相关工作重视不够，制度执行不严。", leader, department, List.of(measures), phrase);
	}

	public static Measure completed(String text, String department, String person, LocalDate deadline, String progress) {
		return new Measure(text, "限期整改", "李建国", department, person, deadline, progress, "已完成整改", "已完成", true,
				false, false);
	}

	public static Measure closed(String text, String department, String person, LocalDate deadline, String progress) {
		return new Measure(text, "限期整改", "李建国", department, person, deadline, progress, "已完成整改", "已销号", true,
				false, true);
	}

	public static Measure ongoing(String text, String department, String person, LocalDate deadline, String progress) {
		return new Measure(text, deadline == null ? "长期坚持" : "限期整改", "郑海峰", department, person, deadline, progress,
				"正在整改", "正在整改", false, false, false);
	}

	public static Measure overdue(String text, String department, String person, LocalDate deadline, String progress) {
		return new Measure(text, "限期整改", "郑海峰", department, person, deadline, progress, "正在整改", "逾期", false, true,
				false);
	}

	public static Measure dueSoon(String text, String department, String person, LocalDate deadline, String progress) {
		return ongoing(text, department, person, deadline, progress);
	}

	/**
	 * A ledger of many rows in 3 categories, for checking that large ledgers stay cheap. Category titles
	 * are worded as feedback words them; one written 第1类问题 would read back as numbering of its own.
	 */
	public static ReportModel large(int problemsPerCategory, int measuresPerProblem) {
		List<String> titles = List.of("学习贯彻党的创新理论不够深入方面", "落实全面从严治党主体责任不到位方面", "基层党组织建设有短板方面");
		List<Category> categories = new ArrayList<>();
		int number = 1;
		for (int c = 1; c <= 3; c++) {
			List<Problem> problems = new ArrayList<>();
			for (int p = 0; p < problemsPerCategory; p++, number++) {
				Measure[] measures = new Measure[measuresPerProblem];
				for (int m = 0; m < measuresPerProblem; m++) {
					measures[m] = ongoing("第" + number + "个问题的第" + (m + 1) + "项整改措施", "办公室", "陈静",
							LocalDate.of(2024, 9, 30), "正在推进。");
				}
				problems.add(problem(number, "第" + number + "个问题", "李建国", "办公室", measures));
			}
			categories.add(new Category(titles.get(c - 1), problems));
		}
		ReportModel sample = model();
		return new ReportModel(sample.unit(), sample.round(), sample.leadingGroup(), sample.organisation(), categories,
				sample.nextSteps(), sample.plan(), sample.reportDate());
	}
}
