package org.zhenggai.documents.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the Chinese way and the periods they stand for.
 *
 * <p>A date may lack its year (3月16日), its day (2017年9月) or name a third of a month (6月下旬). A
 * written date stands for a period: 上旬 is the 1st–10th, 中旬 the 11th–20th, 下旬 the 21st to the
 * month's end, a month without a day the whole month. Missing years come from the date written before
 * (the next year when the date would fall earlier). Redacted parts (*年*月*日, ×月) make the date
 * unknown: it is found, so it is not mistaken for another, but it has no value.
 */
final class ChineseDates {

	/** A period written in the text; {@code first} and {@code last} are null when it is redacted. */
	record Mention(int start, int end, LocalDate first, LocalDate last) {

		boolean known() {
			return first != null;
		}
	}

	private static final String HIDDEN = "[*＊×xX某□]";

	private static final String NUM = "[0-9０-９]";

	private static final String CN_DIGIT = "[〇○零一二三四五六七八九]";

	private static final String CN_SMALL = "[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";

	private static final Pattern DATE = Pattern.compile(
			"(?:(" + NUM + "{4}|" + CN_DIGIT + "{4}|" + HIDDEN + "{1,4})\\s?年\\s?)?"
					+ "(" + NUM + "{1,2}|十[一二]?|[一二三四五六七八九]|" + HIDDEN + "{1,2})\\s?月"
					+ "(?:\\s?(" + NUM + "{1,2}|" + CN_SMALL + "|" + HIDDEN + "{1,2})\\s?[日号]|(上旬|中旬|下旬|初|底|末))?");

	private static final Pattern ISO = Pattern.compile(
			"(?<![0-9])([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])");

	private static final Pattern CONNECTOR = Pattern.compile("\\s?(?:至|到|—{1,2}|–|-|－|~|～)\\s?");

	private static final Pattern DAY_ONLY = Pattern.compile("(" + NUM + "{1,2}|" + CN_SMALL + ")\\s?[日号]");

	private ChineseDates() {
	}

	/**
	 * The dates written in {@code text}, in order. {@code context} is the date written before the text,
	 * for dates without a year; it may be null.
	 */
	static List<Mention> find(String text, LocalDate context) {
		List<Mention> mentions = new ArrayList<>();
		LocalDate reference = context;
		Matcher date = DATE.matcher(text);
		Matcher iso = ISO.matcher(text);
		boolean foundDate = date.find();
		boolean foundIso = iso.find();
		// each pattern is searched again only once the text has passed its match: linear in the text
		while (foundDate || foundIso) {
			Mention mention = foundIso && (!foundDate || iso.start() <= date.start())
					? isoMention(iso)
					: chineseMention(date, reference);
			if (mention.known()) {
				reference = mention.last();
			}
			mentions.add(mention);
			int from = mention.end();
			if (foundDate && date.start() < from) {
				foundDate = from < text.length() && date.find(from);
			}
			if (foundIso && iso.start() < from) {
				foundIso = from < text.length() && iso.find(from);
			}
		}
		return mentions;
	}

	/** The first date in the text, or null. */
	static Mention first(String text, LocalDate context) {
		List<Mention> mentions = find(text, context);
		return mentions.isEmpty() ? null : mentions.get(0);
	}

	/**
	 * The periods written in the text, in order: single dates, and two dates joined by 至, 到 or a dash
	 * taken as one period. The end may leave out what it shares with the start (2022年6月下旬至8月下旬,
	 * 3月1日至15日).
	 */
	static List<Mention> periods(String text, LocalDate context) {
		List<Mention> mentions = find(text, context);
		List<Mention> periods = new ArrayList<>();
		for (int i = 0; i < mentions.size(); i++) {
			Mention start = mentions.get(i);
			if (i + 1 < mentions.size() && joined(text, start.end(), mentions.get(i + 1).start())) {
				periods.add(span(start, mentions.get(i + 1)));
				i++;
				continue;
			}
			Mention dayOnly = dayOnlyEnd(text, start);
			periods.add(dayOnly != null ? dayOnly : start);
		}
		return periods;
	}

	private static Mention span(Mention start, Mention end) {
		return new Mention(start.start(), end.end(), start.first(), end.last());
	}

	private static boolean joined(String text, int from, int to) {
		return from <= to && to - from <= 4 && CONNECTOR.matcher(text).region(from, to).matches();
	}

	private static Mention dayOnlyEnd(String text, Mention start) {
		if (!start.known()) {
			return null;
		}
		Matcher connector = CONNECTOR.matcher(text).region(start.end(), Math.min(text.length(), start.end() + 4));
		if (!connector.lookingAt()) {
			return null;
		}
		Matcher day = DAY_ONLY.matcher(text).region(connector.end(), Math.min(text.length(), connector.end() + 5));
		if (!day.lookingAt()) {
			return null;
		}
		LocalDate last = date(start.first().getYear(), start.first().getMonthValue(), number(day.group(1)));
		return last == null ? null : new Mention(start.start(), day.end(), start.first(), last);
	}

	private static Mention isoMention(Matcher iso) {
		LocalDate date = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
				Integer.parseInt(iso.group(3)));
		return new Mention(iso.start(), iso.end(), date, date);
	}

	private static Mention chineseMention(Matcher m, LocalDate reference) {
		String yearText = m.group(1);
		String monthText = m.group(2);
		String dayText = m.group(3);
		String third = m.group(4);
		if (isHidden(yearText) || isHidden(monthText) || isHidden(dayText)) {
			return new Mention(m.start(), m.end(), null, null);
		}
		int month = number(monthText);
		int year = yearText == null ? inferYear(reference, month) : year(yearText);
		if (year < 1900 || year > 2200 || month < 1 || month > 12) {
			return new Mention(m.start(), m.end(), null, null);
		}
		YearMonth yearMonth = YearMonth.of(year, month);
		if (dayText != null) {
			LocalDate day = date(year, month, number(dayText));
			return new Mention(m.start(), m.end(), day, day);
		}
		int firstDay = 1;
		int lastDay = yearMonth.lengthOfMonth();
		if (third != null) {
			switch (third) {
				case "上旬", "初" -> lastDay = 10;
				case "中旬" -> {
					firstDay = 11;
					lastDay = 20;
				}
				case "下旬" -> firstDay = 21;
				default -> firstDay = lastDay; // 月底, 月末
			}
		}
		return new Mention(m.start(), m.end(), yearMonth.atDay(firstDay), yearMonth.atDay(lastDay));
	}

	/** A year left out is the year of the date before, or the next one when the month would go back. */
	private static int inferYear(LocalDate reference, int month) {
		if (reference == null) {
			return -1;
		}
		return month < reference.getMonthValue() ? reference.getYear() + 1 : reference.getYear();
	}

	private static int year(String text) {
		return ChineseNumerals.parseDigitSequence(text);
	}

	private static int number(String text) {
		return ChineseNumerals.parseAny(text);
	}

	private static boolean isHidden(String part) {
		return part != null && part.matches(HIDDEN + "+");
	}

	private static LocalDate date(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			return null;
		}
	}
}
