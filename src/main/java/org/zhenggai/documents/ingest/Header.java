package org.zhenggai.documents.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says about itself and its round: the title line, the issuer, and from the opening
 * paragraph (根据区委统一部署，2023年11月17日至2024年1月17日，区委第三巡察组对…进行了巡察。2024年3月28日，
 * 区委巡察组…反馈了巡察意见) the inspecting body, the group and the dates.
 */
record Header(
		String title,
		String issuer,
		String inspectingBody,
		String inspectionGroup,
		LocalDate stationingStart,
		LocalDate stationingEnd,
		LocalDate feedbackDate) {

	/** How far into the opening text the round is looked for; it is stated in the first sentences. */
	private static final int BASIS_MAX = 4000;

	private static final int TITLE_MAX = 100;

	private static final int TITLE_LINES = 5;

	private static final String COMMITTEE = "中央|自治区党委|省委|市委|州委|盟委|区委|县委|旗委|党工委|党组|党委";

	private static final Pattern NUMBERED_GROUP = Pattern.compile(
			"(" + COMMITTEE + ")?\\s?(第[一二三四五六七八九十0-9０-９]{1,3})\\s?(巡视|巡察)组");

	private static final Pattern UNNUMBERED_GROUP = Pattern.compile("(" + COMMITTEE + ")(巡视|巡察)组");

	private static final Pattern TITLE_END = Pattern.compile("(通报|报告|意见|公告|公示|情况|说明|通知|决定|方案)$");

	private static final Pattern TITLE_TOPIC = Pattern.compile("关于.*(整改|巡察|巡视|反馈)");

	private static final Pattern DEPLOYMENT = Pattern.compile("(省委|市委|州委|区委|县委)(?:统一)?部署");

	/** What a round's dates are about; the first of these after a date decides. 巡察组 alone says nothing. */
	private static final Pattern ROUND_WORDS = Pattern.compile(
			"(进驻|(?:开展|进行|实施)了?[^，,。；]{0,6}?巡[察视]|巡[察视]了|巡[察视]时间|巡[察视]期间)"
					+ "|(反馈(?!的|问题))|(整改)");

	static Header read(List<String> lines, String basisText, Signature signature) {
		String title = title(lines);
		String basis = basisText.length() > BASIS_MAX ? basisText.substring(0, BASIS_MAX) : basisText;
		String issuer = issuerInTitle(title);
		if (issuer == null) {
			issuer = signature.issuer();
		}
		String inspectingBody = null;
		String inspectionGroup = null;
		Matcher group = NUMBERED_GROUP.matcher(basis);
		if (group.find()) {
			inspectingBody = group.group(1);
			inspectionGroup = (inspectingBody == null ? "" : inspectingBody) + group.group(2) + group.group(3) + "组";
		}
		else {
			Matcher unnumbered = UNNUMBERED_GROUP.matcher(basis);
			if (unnumbered.find()) {
				inspectingBody = unnumbered.group(1);
			}
		}
		if (inspectingBody == null) {
			inspectingBody = committeeNamedBefore(basis);
		}
		LocalDate[] dates = roundDates(basis);
		return new Header(title, issuer, inspectingBody, inspectionGroup, dates[0], dates[1], dates[2]);
	}

	/** 根据区委统一部署 names the committee when the group is written without it. */
	private static String committeeNamedBefore(String basis) {
		Matcher m = DEPLOYMENT.matcher(basis);
		return m.find() ? m.group(1) : null;
	}

	/** The title line: one of the first lines, short, no sentence, named like a document. */
	static String title(List<String> lines) {
		for (int i = 0; i < Math.min(TITLE_LINES, lines.size()); i++) {
			String line = lines.get(i).strip();
			if (line.length() > TITLE_MAX * 2 || line.contains("。") || startsWithMarker(line)) {
				return null;
			}
			if (looksLikeTitle(line)) {
				return line;
			}
			// a title wrapped over two lines: 中共XX党组关于 / 巡察整改情况的通报
			if (i + 1 < lines.size()) {
				String joined = line + lines.get(i + 1).strip();
				if (looksLikeTitle(joined) && !startsWithMarker(lines.get(i + 1).strip())) {
					return joined;
				}
			}
		}
		return null;
	}

	private static boolean looksLikeTitle(String line) {
		return line.length() >= 6 && line.length() <= TITLE_MAX && !line.contains("。")
				&& (TITLE_END.matcher(line).find() && line.contains("关于") || TITLE_TOPIC.matcher(line).find()
						|| TITLE_END.matcher(line).find() && line.matches(".*(整改|巡察|巡视|反馈).*"));
	}

	private static boolean startsWithMarker(String line) {
		return !line.isEmpty() && Markers.mayStart(line.charAt(0))
				&& Markers.at(line, 0, Markers.Boundary.LINE_START) != null;
	}

	/** 中共博山区教育和体育局党组关于… names its issuer before 关于. */
	private static String issuerInTitle(String title) {
		if (title == null) {
			return null;
		}
		int about = title.indexOf("关于");
		if (about < 2 || about > 40) {
			return null;
		}
		return title.substring(0, about).strip();
	}

	private static boolean isRange(ChineseDates.Mention period, String sentence) {
		String written = sentence.substring(period.start(), period.end());
		return written.matches(".*(至|到|—|–|-|－|~|～).*");
	}

	/**
	 * Stationing start and end and the feedback date, from the opening sentences in order. A date speaks
	 * for the words that follow it up to the next date (and, for the first, the words before it), and
	 * the first of 进驻/开展了巡察, 反馈 and 整改 in them says what it is the date of:
	 * 巡察组于2023年3月6日进驻…，4月20日反馈了巡察意见 gives both.
	 */
	private static LocalDate[] roundDates(String basis) {
		LocalDate[] dates = new LocalDate[3];
		boolean stationingFound = false;
		boolean feedbackFound = false;
		LocalDate context = null;
		for (String sentence : basis.split("[。！？；;\n]")) {
			List<ChineseDates.Mention> periods = ChineseDates.periods(sentence, context);
			for (int k = 0; k < periods.size(); k++) {
				ChineseDates.Mention period = periods.get(k);
				int from = k == 0 ? 0 : period.start();
				int to = k + 1 < periods.size() ? periods.get(k + 1).start() : sentence.length();
				Matcher about = ROUND_WORDS.matcher(sentence.substring(from, to));
				boolean found = about.find();
				if (!stationingFound && found && about.group(1) != null) {
					dates[0] = period.first();
					// a range or 2023年3月开展了巡察 stands for the whole stay; 2023年3月6日, or any date of 进驻, for its start
					boolean oneDay = period.known() && period.first().equals(period.last());
					boolean arrival = about.group(1).startsWith("进驻") && !isRange(period, sentence);
					dates[1] = oneDay || arrival ? null : period.last();
					stationingFound = true;
				}
				else if (!feedbackFound && found && about.group(2) != null) {
					dates[2] = period.first();
					feedbackFound = true;
				}
				if (period.last() != null) {
					context = period.last();
				}
			}
		}
		return dates;
	}
}
