package org.zhenggai.documents.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhenggai.documents.IngestResult.Manifestation;
import org.zhenggai.documents.IngestResult.Measure;
import org.zhenggai.documents.IngestResult.Problem;

/**
 * Reads one problem item: its title, its manifestations and measures, and its stated progress.
 *
 * <p>Labelled sections decide first (整改措施：, 具体表现：, 整改进度：). Unlabelled items under the problem
 * are its measures in a report, unless a 整改措施 section exists, and its manifestations in a feedback
 * opinion. Text without items stands as one measure (or one manifestation). Progress comes from a
 * progress section, else from a status in brackets in the heading (（已完成整改）), else from a closing
 * sentence that states it (目前已完成整改).
 */
final class ProblemReader {

	private static final int SHORT_PROGRESS_TEXT = 150;

	private static final int SHORT_CLOSING_SENTENCE = 40;

	private static final Pattern BRACKETED = Pattern.compile("[（(【\\[]([^（()）【】\\[\\]]{2,30})[）)】\\]]");

	private static final Pattern CLOSING_SENTENCE_START = Pattern.compile("^(目前|现已|截至|截止|该问题|此问题|该项|此项|以上)");

	private final DocumentKind kind;

	private final Numbering numbering;

	ProblemReader(DocumentKind kind, Numbering numbering) {
		this.kind = kind;
		this.numbering = numbering;
	}

	/**
	 * @param number the number to give the problem, or null when an item that holds measures stands as
	 *     a problem
	 */
	Problem read(OutlineNode node, String number, String group) {
		String[] titleAndLead = titleAndLead(node);
		String title = titleAndLead[0];
		String lead = titleAndLead[1];
		List<Manifestation> manifestations = new ArrayList<>();
		List<Measure> measures = new ArrayList<>();
		List<OutlineNode> measureSections = node.labels(LabelKind.MEASURES);
		for (OutlineNode section : measureSections) {
			measures.addAll(measuresIn(section, title));
		}
		for (OutlineNode section : node.labels(LabelKind.MANIFESTATIONS)) {
			manifestations.addAll(manifestationsIn(section, title));
		}
		List<OutlineNode> items = node.items();
		if (kind == DocumentKind.REPORT && measureSections.isEmpty()) {
			measures.addAll(measuresOf(items, title));
		}
		else {
			manifestations.addAll(manifestationsOf(items, title));
		}
		List<OutlineNode> progressSections = node.labels(LabelKind.PROGRESS);
		if (progressSections.isEmpty() && !items.isEmpty()) {
			// 1.… 2.… 整改进度：… — written after the last measure, the section still speaks for the problem
			progressSections = items.get(items.size() - 1).labels(LabelKind.PROGRESS);
		}
		if (measures.isEmpty() && kind == DocumentKind.REPORT) {
			// 整改情况：一是…二是… tells what was done: those items are the measures
			for (OutlineNode section : progressSections) {
				measures.addAll(measuresOf(section.items(), title));
			}
		}
		if (!lead.isBlank() && measureSections.isEmpty()) {
			if (kind == DocumentKind.REPORT && measures.isEmpty()) {
				measures.add(new Measure(lead));
			}
			else if (kind == DocumentKind.FEEDBACK && manifestations.isEmpty()) {
				manifestations.add(new Manifestation(null, lead));
			}
		}
		String[] progress = progress(node, title, progressSections);
		return new Problem(number, withoutStatus(title), group, manifestations, measures, progress[0], progress[1]);
	}

	/** 落实过紧日子要求不到位（已完成整改） is titled without the status, which goes to progress. */
	private static String withoutStatus(String title) {
		Matcher bracket = BRACKETED.matcher(title);
		while (bracket.find()) {
			if (bracket.end() == title.length() && ProgressPhrases.detect(bracket.group(1), true) != null) {
				return Titles.stripEnd(title.substring(0, bracket.start()));
			}
		}
		return title;
	}

	/** The first sentence of the heading, or of the first paragraph when the marker stands alone. */
	private static String[] titleAndLead(OutlineNode node) {
		String heading = node.heading();
		List<String> paragraphs = new ArrayList<>(node.body());
		if (heading.isBlank() && !paragraphs.isEmpty()) {
			heading = paragraphs.remove(0);
		}
		String[] split = Titles.split(heading);
		StringBuilder lead = new StringBuilder(split[1]);
		for (String paragraph : paragraphs) {
			if (!lead.isEmpty()) {
				lead.append('\n');
			}
			lead.append(paragraph);
		}
		return new String[] { split[0], lead.toString().strip() };
	}

	private List<Measure> measuresIn(OutlineNode section, String problemTitle) {
		List<OutlineNode> items = section.items();
		if (items.isEmpty()) {
			String text = section.ownText().strip();
			return text.isEmpty() ? List.of() : List.of(new Measure(text));
		}
		return measuresOf(items, problemTitle);
	}

	private List<Measure> measuresOf(List<OutlineNode> items, String problemTitle) {
		List<Measure> measures = new ArrayList<>();
		for (OutlineNode item : items) {
			measures.add(new Measure(Titles.withoutSeparator(item.fullText())));
		}
		numbering.check(items, "整改措施", problemTitle);
		return measures;
	}

	private List<Manifestation> manifestationsIn(OutlineNode section, String problemTitle) {
		List<OutlineNode> items = section.items();
		if (items.isEmpty()) {
			String text = section.ownText().strip();
			return text.isEmpty() ? List.of() : List.of(new Manifestation(null, text));
		}
		return manifestationsOf(items, problemTitle);
	}

	private List<Manifestation> manifestationsOf(List<OutlineNode> items, String problemTitle) {
		List<Manifestation> manifestations = new ArrayList<>();
		for (OutlineNode item : items) {
			manifestations.add(new Manifestation(item.marker().number(), Titles.withoutSeparator(item.fullText())));
		}
		numbering.check(items, "具体表现", problemTitle);
		return manifestations;
	}

	/** The ProgressPhrase name and the words that state it; both null when nothing is stated. */
	private static String[] progress(OutlineNode node, String title, List<OutlineNode> progressSections) {
		for (OutlineNode section : progressSections) {
			String text = section.ownText().strip();
			String phrase = ProgressPhrases.detect(section.fullText(), true);
			if (phrase != null || !text.isEmpty()) {
				return new String[] { phrase, progressText(text, phrase) };
			}
		}
		Matcher bracket = BRACKETED.matcher(node.heading());
		while (bracket.find()) {
			String phrase = ProgressPhrases.detect(bracket.group(1), true);
			if (phrase != null) {
				return new String[] { phrase, bracket.group(1).strip() };
			}
		}
		String text = node.fullText();
		String afterTitle = text.startsWith(title) ? text.substring(title.length()) : text;
		String last = Titles.lastSentence(afterTitle);
		boolean closing = last.length() <= SHORT_CLOSING_SENTENCE || CLOSING_SENTENCE_START.matcher(last).find();
		if (closing && ProgressPhrases.statesProgress(last)) {
			return new String[] { ProgressPhrases.detect(last, false), last };
		}
		return new String[] { null, null };
	}

	private static String progressText(String text, String phrase) {
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() <= SHORT_PROGRESS_TEXT || phrase == null) {
			return Titles.stripEnd(text);
		}
		String sentence = ProgressPhrases.sentenceWithPhrase(text);
		return sentence == null ? Titles.stripEnd(text) : sentence;
	}
}
