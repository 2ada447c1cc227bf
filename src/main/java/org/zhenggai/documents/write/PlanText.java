package org.zhenggai.documents.write;

import org.zhenggai.shared.ChineseNumerals;
import static org.zhenggai.documents.write.Sentences.clause;
import static org.zhenggai.documents.write.Sentences.isBlank;
import static org.zhenggai.documents.write.Sentences.sentence;

import java.util.ArrayList;
import java.util.List;

import org.zhenggai.documents.ReportModel;
import org.zhenggai.documents.ReportModel.Category;
import org.zhenggai.documents.ReportModel.Counts;
import org.zhenggai.documents.ReportModel.LeadingGroup;
import org.zhenggai.documents.ReportModel.Measure;
import org.zhenggai.documents.ReportModel.Plan;
import org.zhenggai.documents.ReportModel.Problem;
import org.zhenggai.documents.ReportModel.Round;
import org.zhenggai.documents.ReportModel.Section;
import org.zhenggai.documents.write.Block.Kind;

/**
 * Writes the words of the rectification plan (整改方案): guiding thought, leading group, the
 * concentrated period, every problem with its measures and who answers for them, and the work
 * requirements.
 */
public final class PlanText {

	private static final String NO_DEADLINE = "长期坚持";

	private final ReportModel model;

	private final String word;

	private final List<Block> blocks = new ArrayList<>();

	private int part;

	private PlanText(ReportModel model) {
		this.model = model;
		this.word = Sentences.inspectionWord(model.round().inspectionGroup());
	}

	public static List<Block> of(ReportModel model) {
		return new PlanText(model).write();
	}

	public static String title(ReportModel model) {
		return "关于落实" + model.round().inspectionGroup() + "反馈意见的整改方案";
	}

	private List<Block> write() {
		Plan plan = model.plan();
		if (!isBlank(plan.documentNumber())) {
			add(Kind.DOCUMENT_NUMBER, plan.documentNumber());
			blocks.add(Block.blank());
		}
		add(Kind.TITLE, TitleLines.of(title(model)));
		blocks.add(Block.blank());
		add(Kind.BODY, opening());
		heading("指导思想");
		add(Kind.BODY, isBlank(plan.guidingThought())
				? StandardTexts.guidingThought(model.round().inspectingBody(), word) : plan.guidingThought());
		leadingGroup();
		period();
		tasks();
		heading("工作要求");
		sections(plan.requirements().isEmpty() ? StandardTexts.workRequirements(word) : plan.requirements());
		blocks.add(Block.blank());
		add(Kind.ISSUER, model.unit().issuer());
		add(Kind.DATE, ChineseDates.format(plan.issuedOn()));
		return List.copyOf(blocks);
	}

	private String opening() {
		Round round = model.round();
		Counts counts = model.counts();
		return ChineseDates.format(round.feedbackDate()) + "，" + round.inspectionGroup() + "向"
				+ model.unit().partyOrganisation() + "反馈了" + word + "意见，指出问题" + counts.categories() + "大类"
				+ counts.problems() + "个。为切实抓好反馈意见整改落实，根据" + round.inspectingBody() + word
				+ "工作有关要求，结合实际，制定本方案。";
	}

	private void leadingGroup() {
		heading("组织领导");
		add(Kind.BODY, "成立" + model.unit().partyOrganisation() + word + "整改工作领导小组，负责领导和统筹推进整改工作。");
		LeadingGroup group = model.leadingGroup();
		add(Kind.BODY, "组　长：" + group.head());
		if (!group.deputyHeads().isEmpty()) {
			add(Kind.BODY, "副组长：" + String.join("、", group.deputyHeads()));
		}
		if (!isBlank(group.members())) {
			add(Kind.BODY, "成　员：" + group.members());
		}
	}

	private void period() {
		Round round = model.round();
		if (round.rectificationDeadline() == null) {
			return;
		}
		heading("整改时限");
		add(Kind.BODY, "集中整改期为" + ChineseDates.range(round.feedbackDate(), round.rectificationDeadline())
				+ "。能够立即解决的问题立行立改；需要一定时间解决的问题限期整改；需要长期坚持的问题建立长效机制，持续推进。");
	}

	private void tasks() {
		heading("整改任务");
		int number = 1;
		for (Category category : model.categories()) {
			add(Kind.HEADING_TWO, ChineseNumerals.levelTwo(number++) + category.title());
			for (Problem problem : category.problems()) {
				problem(problem);
			}
		}
	}

	private void problem(Problem problem) {
		add(Kind.HEADING_THREE, problem.number() + "." + problem.title());
		List<String> manifestations = problem.manifestations();
		if (!manifestations.isEmpty()) {
			add(Kind.BODY, "具体表现：" + numbered(manifestations));
		}
		if (!isBlank(problem.causeAnalysis())) {
			add(Kind.BODY, "原因分析：" + sentence(problem.causeAnalysis()));
		}
		add(Kind.BODY, "责任领导：" + orDash(problem.responsibleLeader()) + "；牵头科室：" + orDash(problem.leadDepartment()) + "。");
		add(Kind.BODY, "整改措施：");
		List<Measure> measures = problem.measures();
		for (int i = 0; i < measures.size(); i++) {
			measure(i + 1, measures.get(i));
		}
	}

	/** The measure, then the line that says who does it by when (一问一案). */
	private void measure(int number, Measure measure) {
		add(Kind.BODY, "（" + number + "）" + SubItems.nested(sentence(measure.text())));
		String deadline = measure.deadline() == null ? NO_DEADLINE : ChineseDates.format(measure.deadline()) + "前";
		String kind = isBlank(measure.kind()) || deadline.equals(measure.kind()) ? "" : "（" + measure.kind() + "）";
		add(Kind.BODY, "责任领导：" + orDash(measure.responsibleLeader()) + "；牵头科室：" + orDash(measure.leadDepartment())
				+ "；责任人：" + orDash(measure.responsiblePerson()) + "；完成时限：" + deadline + kind + "。");
	}

	private static String numbered(List<String> items) {
		if (items.size() == 1) {
			return sentence(items.get(0));
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			text.append("（").append(i + 1).append("）").append(SubItems.nested(sentence(items.get(i))));
		}
		return text.toString();
	}

	private void heading(String text) {
		add(Kind.HEADING_ONE, ChineseNumerals.levelOne(++part) + text);
	}

	private void sections(List<Section> sections) {
		int number = 1;
		for (Section section : sections) {
			if (isBlank(section.heading())) {
				add(Kind.BODY, section.text());
			}
			else {
				// In a plan the item heading runs into its text: （一）提高政治站位。各科室要…
				blocks.add(Block.runIn(ChineseNumerals.levelTwo(number++) + sentence(clause(section.heading())),
						section.text()));
			}
		}
	}

	private static String orDash(String text) {
		return isBlank(text) ? "—" : text.strip();
	}

	private void add(Kind kind, String text) {
		blocks.add(Block.of(kind, text));
	}
}
