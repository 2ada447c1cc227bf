package org.zhenggai.documents.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the progress phrases of the glossary (ProgressPhrase) in their common wordings and names
 * the most specific one that applies:
 * <ul>
 *   <li>STAGE_DONE_ONGOING: 已完成阶段性（整改）任务（并长期坚持）, 阶段性任务已完成, 已阶段性完成</li>
 *   <li>COMPLETED_ONGOING: a completion and an ongoing phrase together, 已完成整改并长期坚持</li>
 *   <li>COMPLETED: 已完成整改, 已整改完成, 已全部整改完成, 整改已完成, 已整改到位</li>
 *   <li>LONG_TERM: 需长期推进, 需要长期坚持</li>
 *   <li>IN_PROGRESS: 正在整改, 整改中, 正在推进, 基本完成, 尚未完成</li>
 *   <li>LONG_TERM again for an ongoing phrase alone: 持续推进, 长期坚持, 长期推进</li>
 * </ul>
 * A stated unfinished part (正在整改) outweighs a completion, since the problem is then not done.
 * Inside a labelled progress section (整改进度：已完成) a bare 已完成 counts; elsewhere the phrase must
 * speak of 整改.
 */
final class ProgressPhrases {

	private static final Pattern STAGE_DONE = Pattern.compile(
			"完成了?阶段性|阶段性(?:整改)?(?:任务|目标|工作)?(?:已经?|均已)完成|已阶段性完成|阶段性任务完成");

	private static final Pattern COMPLETED_STRICT = Pattern.compile(
			"已经?(?:全部|全面|如期|按期)?(?:完成(?:了)?(?:整改|销号)|整改(?:完成|完毕|到位|落实到位)|销号)"
					+ "|整改(?:工作|任务)?(?:已经?|均已|全部)(?:全部)?(?:完成|完毕|到位)|整改完毕");

	private static final Pattern COMPLETED_LABELLED = Pattern.compile(
			"已经?(?:全部|全面|如期|按期)?(?:完成|办结|落实|整改)|^\\s?(?:完成|办结)");

	private static final Pattern IN_PROGRESS = Pattern.compile(
			"正在(?:整改|推进|落实|实施|进行)|整改中|推进中|持续整改中|基本(?:完成|整改)|尚未完成|未完成|部分完成");

	private static final Pattern NEEDS_LONG_TERM = Pattern.compile("需要?长期|需持续");

	private static final Pattern ONGOING = Pattern.compile("长期坚持|长期推进|持续推进|持续坚持|长期执行|长期落实|常态长效");

	private ProgressPhrases() {
	}

	/**
	 * The ProgressPhrase name that {@code text} states, or null.
	 *
	 * @param labelled whether the text is a progress section, where a bare 已完成 is enough
	 */
	static String detect(String text, boolean labelled) {
		if (STAGE_DONE.matcher(text).find()) {
			return "STAGE_DONE_ONGOING";
		}
		boolean inProgress = IN_PROGRESS.matcher(text).find();
		boolean completed = (labelled ? COMPLETED_LABELLED : COMPLETED_STRICT).matcher(text).find()
				|| COMPLETED_STRICT.matcher(text).find();
		if (completed && !inProgress) {
			return ONGOING.matcher(text).find() ? "COMPLETED_ONGOING" : "COMPLETED";
		}
		if (NEEDS_LONG_TERM.matcher(text).find()) {
			return "LONG_TERM";
		}
		if (inProgress) {
			return "IN_PROGRESS";
		}
		return ONGOING.matcher(text).find() ? "LONG_TERM" : null;
	}

	/** Whether the text contains a progress phrase that speaks of 整改, as a closing sentence would. */
	static boolean statesProgress(String text) {
		return STAGE_DONE.matcher(text).find() || COMPLETED_STRICT.matcher(text).find()
				|| IN_PROGRESS.matcher(text).find() || NEEDS_LONG_TERM.matcher(text).find();
	}

	/** The sentence of {@code text} that holds the first phrase, for a short progressText. */
	static String sentenceWithPhrase(String text) {
		for (Pattern pattern : new Pattern[] { STAGE_DONE, COMPLETED_STRICT, COMPLETED_LABELLED, IN_PROGRESS,
				NEEDS_LONG_TERM, ONGOING }) {
			Matcher m = pattern.matcher(text);
			if (m.find()) {
				return Titles.sentenceAround(text, m.start());
			}
		}
		return null;
	}
}
