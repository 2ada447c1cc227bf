package org.zhenggai.documents.write;

import org.zhenggai.shared.ChineseNumerals;
import static org.zhenggai.documents.write.Sentences.clause;
import static org.zhenggai.documents.write.Sentences.isBlank;
import static org.zhenggai.documents.write.Sentences.sentence;

import java.util.ArrayList;
import java.util.List;

import org.zhenggai.documents.ReportModel;
import org.zhenggai.documents.ReportModel.Category;
import org.zhenggai.documents.ReportModel.Contact;
import org.zhenggai.documents.ReportModel.Counts;
import org.zhenggai.documents.ReportModel.Measure;
import org.zhenggai.documents.ReportModel.Problem;
import org.zhenggai.documents.ReportModel.Round;
import org.zhenggai.documents.ReportModel.Section;
import org.zhenggai.documents.write.Block.Kind;

/** Writes the words of the public report (整改情况通报) in the shape units publish it. */
public final class PublicReportText {

	private final ReportModel model;

	private final String word;

	private final List<Block> blocks = new ArrayList<>();

	private PublicReportText(ReportModel model) {
		this.model = model;
		this.word = Sentences.inspectionWord(model.round().inspectionGroup());
	}

	public static List<Block> of(ReportModel model) {
		return new PublicReportText(model).write();
	}

	private List<Block> write() {
		add(Kind.TITLE, TitleLines.of(model.unit().issuer() + "关于" + word + "整改情况的通报"));
		blocks.add(Block.blank());
		add(Kind.BODY, basis());
		organisation();
		problems();
		nextSteps();
		add(Kind.BODY, invitation());
		blocks.add(Block.blank());
		add(Kind.ISSUER, model.unit().issuer());
		add(Kind.DATE, ChineseDates.format(model.reportDate()));
		return List.copyOf(blocks);
	}

	/** Who inspected whom and when, and how much was found. */
	String basis() {
		Round round = model.round();
		Counts counts = model.counts();
		return "根据" + round.inspectingBody() + "统一部署，" + ChineseDates.range(round.stationingStart(), round.stationingEnd())
				+ "，" + round.inspectionGroup() + "对" + model.unit().partyOrganisation() + "开展了" + round.kind() + "。"
				+ ChineseDates.format(round.feedbackDate()) + "，" + word + "组反馈了" + word + "意见，指出问题"
				+ counts.categories() + "大类" + counts.problems() + "个。按照党务公开原则和" + word
				+ "工作有关要求，现将" + word + "整改情况予以公布。";
	}

	private void organisation() {
		add(Kind.HEADING_ONE, ChineseNumerals.levelOne(1) + "整改工作基本情况");
		List<Section> items = new ArrayList<>();
		items.add(new Section("加强组织领导", LeadingGroupText.sentence(model, word)));
		items.addAll(model.organisation());
		sections(items);
	}

	private void problems() {
		add(Kind.HEADING_ONE, ChineseNumerals.levelOne(2) + model.round().inspectionGroup() + "反馈意见整改落实情况");
		add(Kind.BODY, progressFigures());
		int number = 1;
		for (Category category : model.categories()) {
			add(Kind.HEADING_TWO, ChineseNumerals.levelTwo(number++) + category.title());
			for (Problem problem : category.problems()) {
				problem(problem);
			}
		}
	}

	private String progressFigures() {
		Counts counts = model.counts();
		return "对照反馈意见指出的" + counts.problems() + "个问题，我们逐项制定整改措施" + counts.measures() + "项。截至"
				+ ChineseDates.format(model.reportDate()) + "，已完成" + counts.completedMeasures() + "项，正在整改"
				+ counts.measuresInProgress() + "项。";
	}

	/**
	 * The measures one paragraph each, 一是、二是 as reports write them; measures whose words number
	 * parts of their own are numbered （1）（2）, with those parts below them (see {@link SubItems}).
	 */
	private void problem(Problem problem) {
		add(Kind.HEADING_THREE, problem.number() + "." + problem.title());
		List<Measure> measures = problem.measures();
		boolean enumerating = measures.stream()
			.anyMatch(measure -> SubItems.enumerates(measure.text()) || SubItems.enumerates(measure.progress()));
		for (int i = 0; i < measures.size(); i++) {
			if (enumerating) {
				add(Kind.BODY, "（" + (i + 1) + "）" + SubItems.nested(measureWithProgress(measures.get(i))));
			}
			else {
				String lead = measures.size() > 1 ? ChineseNumerals.enumeration(i + 1) : "";
				add(Kind.BODY, lead + measureWithProgress(measures.get(i)));
			}
		}
		add(Kind.BODY, "整改进展：" + sentence(problem.progressPhrase()));
	}

	/** The measure as planned, followed by what has been done about it. */
	private static String measureWithProgress(Measure measure) {
		String text = sentence(measure.text());
		return isBlank(measure.progress()) ? text : text + sentence(measure.progress());
	}

	private void nextSteps() {
		add(Kind.HEADING_ONE, ChineseNumerals.levelOne(3) + "下一步工作打算");
		sections(model.nextSteps().isEmpty() ? StandardTexts.nextSteps(word) : model.nextSteps());
	}

	private String invitation() {
		StringBuilder text = new StringBuilder("欢迎广大干部群众对" + word + "整改落实情况进行监督。如有意见建议，请及时向我们反映。");
		Contact contact = model.unit().contact();
		List<String> channels = new ArrayList<>();
		if (contact != null) {
			addChannel(channels, "联系电话", contact.phone());
			addChannel(channels, "通信地址", contact.postalAddress());
			addChannel(channels, "邮政编码", contact.postcode());
			addChannel(channels, "电子邮箱", contact.email());
		}
		if (!channels.isEmpty()) {
			text.append(String.join("；", channels)).append("。");
		}
		return text.toString();
	}

	private static void addChannel(List<String> channels, String label, String value) {
		if (!isBlank(value)) {
			channels.add(label + "：" + value.strip());
		}
	}

	/** Numbered items （一）（二）…; an item without heading is a plain paragraph. */
	private void sections(List<Section> sections) {
		int number = 1;
		for (Section section : sections) {
			if (!isBlank(section.heading())) {
				add(Kind.HEADING_TWO, ChineseNumerals.levelTwo(number++) + clause(section.heading()));
			}
			add(Kind.BODY, section.text());
		}
	}

	private void add(Kind kind, String text) {
		blocks.add(Block.of(kind, text));
	}
}
