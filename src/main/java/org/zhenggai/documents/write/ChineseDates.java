package org.zhenggai.documents.write;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as official Chinese documents write them: 2024年3月28日, without leading zeros. */
public final class ChineseDates {

	/** 2024年3月28日, 2024-03-28, 2024/3/28, 2024.3.28; an optional 前 as in 2024年6月30日前. */
	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?\\s*(?:前)?");

	private ChineseDates() {
	}

	/** An unknown date is written as reports write a withheld one: *年*月*日. */
	static final String UNKNOWN = "*年*月*日";

	public static String format(LocalDate date) {
		return date == null ? UNKNOWN : date.getYear() + "年" + monthDay(date);
	}

	/** 2024年3月1日至4月30日; the year is repeated only when it changes. */
	public static String range(LocalDate start, LocalDate end) {
		if (start == null || end == null) {
			return format(start) + "至" + format(end);
		}
		String to = start.getYear() == end.getYear() ? monthDay(end) : format(end);
		return format(start) + "至" + to;
	}

	/**
	 * Reads a date typed as text. Empty when the text is no date at all; a well-shaped but impossible
	 * date such as 2024年2月30日 is no date either.
	 */
	public static Optional<LocalDate> parse(String text) {
		Matcher matcher = DATE.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3))));
		}
		catch (DateTimeException impossible) {
			return Optional.empty();
		}
	}

	private static String monthDay(LocalDate date) {
		return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
