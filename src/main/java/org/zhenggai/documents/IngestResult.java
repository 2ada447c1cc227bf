package org.zhenggai.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What was read from a feedback opinion (反馈意见) or a published rectification report (整改情况通报).
 *
 * <p>Every field is {@code null} when the document does not state it; lists are never null. Dates are
 * {@link LocalDate}s and serialize as {@code YYYY-MM-DD}. Conventions:
 * <ul>
 *   <li>{@code inspectingBody}: the committee as written before the group's number, e.g. 区委, 市委, 省委.</li>
 *   <li>{@code inspectionGroup}: the committee and the numbered group, e.g. 区委第二巡察组; only 第三巡察组
 *       when no committee is written in front of it; {@code null} when the group has no number.</li>
 *   <li>Dates written as a period take its first day for a start and its last day for an end:
 *       上旬 1–10, 中旬 11–20, 下旬 21–end of month, a bare month its whole month. A single date written
 *       as a period (2018年3月) takes its first day. A date without a year takes the year of the date
 *       written before it (the next year if it would fall earlier). Redacted dates (*年*月*日) are null.</li>
 *   <li>{@code publishedDate}: the date under the signature, or else the page's 发布时间/添加日期 line.</li>
 *   <li>{@code declaredProblemCount}: the number of problems the document says were pointed out
 *       (指出问题36个, 3大类8个问题, 29项具体问题).</li>
 * </ul>
 *
 * @param warnings consistency findings, in Chinese, for the person who checks the import
 */
public record IngestResult(
		String title,
		String issuer,
		String inspectingBody,
		String inspectionGroup,
		LocalDate stationingStart,
		LocalDate stationingEnd,
		LocalDate feedbackDate,
		LocalDate publishedDate,
		Integer declaredProblemCount,
		List<Category> categories,
		List<String> warnings) {

	public IngestResult {
		categories = categories == null ? List.of() : List.copyOf(categories);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/**
	 * A category (问题类别 / 方面 / 大类): the first level of the feedback.
	 *
	 * @param number the numeral of its marker, bare: 一 for 一、, （一） and 第一大类问题; {@code null} when
	 *     the document lists its problems without categories
	 * @param title the heading as written, without marker and closing punctuation
	 */
	public record Category(String number, String title, List<Problem> problems) {

		public Category {
			problems = problems == null ? List.of() : List.copyOf(problems);
		}
	}

	/**
	 * A problem (问题) of the feedback.
	 *
	 * @param number the numeral of its marker, bare: 1 for 1. 1、 1． and ⒈, 一 for （一）; {@code null} for
	 *     a category or group that holds measures but no numbered problems and so stands as one problem
	 * @param title the first sentence of its heading, without closing punctuation
	 * @param group the intermediate heading it sits under (e.g. 关于学思践悟效果不突出问题), or {@code null}
	 * @param progress the stated progress as a ProgressPhrase name: COMPLETED (已完成整改),
	 *     COMPLETED_ONGOING (已完成整改并长期坚持), STAGE_DONE_ONGOING (已完成阶段性任务并长期坚持),
	 *     IN_PROGRESS (正在整改), LONG_TERM (需长期推进), or {@code null} when none is stated
	 * @param progressText the words that state the progress, as written, or {@code null}
	 */
	public record Problem(
			String number,
			String title,
			String group,
			List<Manifestation> manifestations,
			List<Measure> measures,
			String progress,
			String progressText) {

		public Problem {
			manifestations = manifestations == null ? List.of() : List.copyOf(manifestations);
			measures = measures == null ? List.of() : List.copyOf(measures);
		}
	}

	/**
	 * A concrete manifestation (具体表现) of a problem.
	 *
	 * @param number the numeral of its marker, bare: 1 for （1） and ⑴, ① as written; {@code null} when
	 *     the manifestation was written as unnumbered text
	 */
	public record Manifestation(String number, String text) {
	}

	/**
	 * A rectification measure (整改措施): one item of the first enumeration under a problem or under its
	 * 整改措施 label. The text is without its own marker and keeps the markers of its sub-items.
	 */
	public record Measure(String text) {
	}
}
