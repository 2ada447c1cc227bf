package org.zhenggai.documents.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts a document declares for the feedback: 指出问题36个, 3大类8个问题, 三个方面12个问题,
 * 指出问题3大类8个, 反馈了29项具体问题, 反馈问题8个.
 *
 * @param problems the declared number of problems, or {@code null}
 * @param categories the declared number of categories (大类, 方面), or {@code null}
 */
record DeclaredCounts(Integer problems, Integer categories) {

	private static final String N = "([0-9０-９]{1,3}|[一二三四五六七八九十百两]{1,5})";

	/** 3大类8个问题, 五个方面36个问题, 4个方面11项具体问题 */
	private static final Pattern CATEGORIES_AND_PROBLEMS = Pattern.compile(
			N + "\\s?个?(?:大类|类|个?方面)[^。；;，,]{0,6}?" + N + "\\s?[个项条](?:具体|主要)?问题");

	/** 指出问题3大类8个, 反馈问题4个方面15项: the problems named first, then counted by category */
	private static final Pattern PROBLEMS_THEN_CATEGORIES_AND_COUNT = Pattern.compile(
			"(?:指出|反馈|发现|提出|存在|梳理)[^。；;，,]{0,10}?问题\\s?(?:共|共计|合计)?\\s?" + N
					+ "\\s?个?(?:大类|类|个?方面)\\s?" + N + "\\s?[个项条]");

	/** 指出问题36个, 指出我单位存在的问题共36个, 反馈问题8个 */
	private static final Pattern PROBLEMS_THEN_COUNT = Pattern.compile(
			"(?:指出|反馈|发现|提出|存在|梳理)[^。；;，,]{0,10}?问题\\s?(?:共|共计|合计)?\\s?" + N + "\\s?[个项条]");

	/** 反馈了29项具体问题, 指出的36个问题 */
	private static final Pattern COUNT_THEN_PROBLEMS = Pattern.compile(
			"(?:指出|反馈|发现|提出|梳理)[^。；;，,]{0,10}?" + N + "\\s?[个项条](?:具体|主要)?问题");

	static DeclaredCounts find(String text) {
		Matcher both = CATEGORIES_AND_PROBLEMS.matcher(text);
		if (both.find()) {
			return new DeclaredCounts(count(both.group(2)), count(both.group(1)));
		}
		Matcher problemsFirst = PROBLEMS_THEN_CATEGORIES_AND_COUNT.matcher(text);
		if (problemsFirst.find()) {
			return new DeclaredCounts(count(problemsFirst.group(2)), count(problemsFirst.group(1)));
		}
		Integer problems = firstCount(PROBLEMS_THEN_COUNT, text);
		if (problems == null) {
			problems = firstCount(COUNT_THEN_PROBLEMS, text);
		}
		return new DeclaredCounts(problems, null);
	}

	private static Integer firstCount(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? count(m.group(1)) : null;
	}

	private static Integer count(String numeral) {
		int value = ChineseNumerals.parseAny(numeral);
		return value > 0 ? value : null;
	}
}
