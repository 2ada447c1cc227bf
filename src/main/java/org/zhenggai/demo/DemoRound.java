package org.zhenggai.demo;

import static org.zhenggai.rectification.MeasureKind.BY_DEADLINE;
import static org.zhenggai.rectification.MeasureKind.IMMEDIATE;
import static org.zhenggai.rectification.MeasureKind.ONGOING;
import static org.zhenggai.rectification.ProgressPhrase.COMPLETED;
import static org.zhenggai.rectification.ProgressPhrase.COMPLETED_ONGOING;
import static org.zhenggai.rectification.ProgressPhrase.IN_PROGRESS;
import static org.zhenggai.rectification.ProgressPhrase.STAGE_DONE_ONGOING;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhenggai.rectification.MeasureKind;
import org.zhenggai.rectification.ProgressPhrase;

/**
 * The demo round's feedback and measures: fictional, in the shape of a real special inspection
 * of an education bureau (3 categories, 8 problems). Deadlines count in days from today.
 */
final class DemoRound {

	private DemoRound() {
	}

	record DemoCategory(String title, List<DemoProblem> problems) {
	}

	record DemoProblem(String title, String cause, String leader, String department, List<String> manifestations,
			List<DemoMeasure> measures) {
	}

	record DemoMeasure(String text, MeasureKind kind, String department, String person,
			@Nullable Integer deadlineInDays, @Nullable String target, List<DemoReport> reports) {
	}

	record DemoReport(int daysAgo, String text, ProgressPhrase phrase) {
	}

	private static DemoReport report(int daysAgo, String text, ProgressPhrase phrase) {
		return new DemoReport(daysAgo, text, phrase);
	}

	static final List<DemoCategory> CATEGORIES = List.of(
		new DemoCategory("学习贯彻上级决策部署要求不扎实方面", List.of(
			new DemoProblem("理论学习中心组学习不够系统深入问题", "党组对理论学习重视不够，学习计划执行不严格。", "林晓东", "办公室",
				List.of("理论学习中心组年度学习计划未按期完成", "专题研讨发言材料准备不充分"),
				List.of(
					new DemoMeasure("制定党组理论学习中心组年度学习计划，每月至少开展1次集中学习", BY_DEADLINE, "办公室", "赵明", -30,
						"按月完成集中学习", List.of(report(40, "已印发年度学习计划，完成3次集中学习", COMPLETED_ONGOING))),
					new DemoMeasure("规范党组会议提报、审批程序，对上会材料严格审核把关", IMMEDIATE, "办公室", "赵明", -50, null,
						List.of(report(55, "已修订党组会议议事规则并执行", COMPLETED))))),
			new DemoProblem("贯彻落实上级部署责任落实有差距问题", "责任分解不够细化，调度机制不健全。", "周文华", "基础教育科",
				List.of("重点工作未建立月调度机制"),
				List.of(
					new DemoMeasure("每月开展1次重点工作进展调度，汇总后统一上报", ONGOING, "基础教育科", "吴强", null, "形成月调度常态",
						List.of(report(10, "已连续开展2次月调度", STAGE_DONE_ONGOING))),
					new DemoMeasure("每季度召开1次工作推进会议，协商解决突出问题", BY_DEADLINE, "基础教育科", "吴强", 5, null,
						List.of(report(20, "第一次推进会已召开，第二次正在筹备", IN_PROGRESS))))))),
		new DemoCategory("主责主业落实有差距方面", List.of(
			new DemoProblem("工作落实存在短板问题", "对标先进地区不够，工作台账不完善。", "周文华", "基础教育科",
				List.of("优质均衡发展推进方案未按期出台", "校园开放日收集的意见未全部回复"),
				List.of(
					new DemoMeasure("修改完善义务教育优质均衡发展推进方案并印发实施", BY_DEADLINE, "基础教育科", "吴强", -10, null,
						List.of(report(25, "已完成征求意见稿", IN_PROGRESS))),
					new DemoMeasure("对校园开放日收集的建议逐条明确责任、限期答复", BY_DEADLINE, "基础教育科", "吴强", -5, null,
						List.of(report(8, "138条建议已全部答复", COMPLETED))),
					new DemoMeasure("建立挂图作战机制，督促各科室落实各项任务", IMMEDIATE, "办公室", "赵明", -40, null, List.of()))),
			new DemoProblem("职业教育发展不够有力问题", "专业设置与地方产业对接不紧密。", "陈立新", "职业与成人教育科",
				List.of("部分专业招生持续萎缩"),
				List.of(
					new DemoMeasure("对标地方产业动态调整专业设置", BY_DEADLINE, "职业与成人教育科", "郑丽", 45, "调整专业不少于5个",
						List.of(report(15, "已完成产业调研，形成调整方案初稿", IN_PROGRESS))),
					new DemoMeasure("推进校企合作，提升办学特色", ONGOING, "职业与成人教育科", "郑丽", null, null, List.of()))),
			new DemoProblem("履行服务监管职责不够到位问题", "日常监管力量不足，联合执法机制不健全。", "陈立新", "安全管理科",
				List.of("校外培训机构监管存在空档", "校车管理存在安全隐患"),
				List.of(
					new DemoMeasure("联合相关部门开展校外培训机构专项整治", BY_DEADLINE, "安全管理科", "何平", 3, null, List.of()),
					new DemoMeasure("组织校车驾驶员、照管员安全培训，每学期开学初摸排乘车情况", BY_DEADLINE, "安全管理科", "何平", -3, null,
						List.of(report(30, "已完成驾驶员培训", IN_PROGRESS))),
					new DemoMeasure("对外公布统一投诉举报电话，做到有诉必查", IMMEDIATE, "办公室", "赵明", -60, null,
						List.of(report(62, "投诉电话已在官网公布", COMPLETED))))))),
		new DemoCategory("落实中央八项规定精神及加强作风建设不够严实方面", List.of(
			new DemoProblem("落实全面从严治党主体责任不到位问题", "压力传导层层递减，警示教育针对性不强。", "林晓东", "组织人事科",
				List.of("下属单位党风廉政建设情况听取不及时"),
				List.of(
					new DemoMeasure("定期听取下属单位党风廉政建设工作情况，开展专题警示教育", ONGOING, "组织人事科", "孙婷", null, null,
						List.of(report(12, "已开展专题警示教育会3次", COMPLETED_ONGOING))),
					new DemoMeasure("开展财经法规业务培训，严格执行财经纪律", BY_DEADLINE, "计划财务科", "冯佳", 12, null, List.of()))),
			new DemoProblem("民主决策制度落实不严格问题", "对“三重一大”事项范围把握不准。", "林晓东", "计划财务科",
				List.of("个别大额支出未经党组会研究"),
				List.of(
					new DemoMeasure("严格执行“三重一大”制度，大额支出项目提交党组会研究", IMMEDIATE, "计划财务科", "冯佳", -20, null,
						List.of(report(22, "已建立大额支出上会清单", COMPLETED))))),
			new DemoProblem("工作作风不够严实问题", "服务意识不强，会议记录不规范。", "周文华", "办公室",
				List.of("会议记录要素不全", "个别科室推诿扯皮"),
				List.of(
					new DemoMeasure("完善党组会、局长办公会记录要求和记录方式", BY_DEADLINE, "办公室", "赵明", -15, null, List.of()),
					new DemoMeasure("完善办公室各项规章制度，压实服务责任", BY_DEADLINE, "办公室", "赵明", 20, null,
						List.of(report(5, "已完成制度梳理", IN_PROGRESS))))))));
}
