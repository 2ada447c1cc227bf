package org.zhenggai.documents.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The signature at the end of a document: who issued it and when, e.g. 中共广州市海珠区教育局党组 /
 * 2025年1月25日, or both on one line.
 *
 * @param issuer the organisation that signed, or {@code null}
 * @param date the date under the signature, or {@code null}
 * @param lines how many of the last lines the signature takes
 */
record Signature(String issuer, LocalDate date, int lines) {

	static final Signature NONE = new Signature(null, null, 0);

	private static final int MAX_ISSUER_LENGTH = 40;

	private static final int MAX_LINES = 3;

	private static final Pattern ORGANISATION = Pattern.compile(
			"[\\u4e00-\\u9fa5（）()A-Za-zＡ-Ｚ×*＊]{2,40}(党组|党委|党工委|党总支|党支部|委员会|纪委|监委|政府|办公室|办|局|厅|委|院|校|园|中心|公司|集团|组|部|处|所|站|会)");

	/** The signature in the closing text (from the invitation to supervise on), read from its end. */
	static Signature fromClosing(String closing) {
		List<String> pieces = new ArrayList<>();
		for (String line : closing.split("\n")) {
			for (String piece : line.strip().split("\\s+")) {
				pieces.add(piece);
			}
		}
		return read(pieces, pieces.size());
	}

	/** The signature in the last lines of a document that has no invitation to supervise. */
	static Signature fromTail(List<String> lines) {
		int from = Math.max(0, lines.size() - MAX_LINES);
		Signature signature = read(lines.subList(from, lines.size()), MAX_LINES);
		return signature.issuer() == null && signature.date() == null ? NONE : signature;
	}

	private static Signature read(List<String> pieces, int maxPieces) {
		String issuer = null;
		LocalDate date = null;
		int taken = 0;
		for (int i = pieces.size() - 1; i >= 0 && pieces.size() - i <= maxPieces; i--) {
			String piece = Titles.stripEnd(pieces.get(i).strip());
			if (piece.length() > MAX_ISSUER_LENGTH + 20) {
				break; // a paragraph, not a signature
			}
			if (piece.isEmpty()) {
				taken++;
				continue;
			}
			if (isDateOnly(piece)) {
				if (date == null) {
					date = ChineseDates.first(piece, null).first();
				}
				taken++;
				continue;
			}
			String[] organisationAndDate = splitTrailingDate(piece);
			if (organisationAndDate != null && isOrganisation(organisationAndDate[0])) {
				issuer = organisationAndDate[0];
				if (date == null) {
					date = ChineseDates.first(organisationAndDate[1], null).first();
				}
				taken++;
			}
			else if (isOrganisation(piece)) {
				issuer = piece;
				taken++;
			}
			break;
		}
		return new Signature(issuer, date, issuer == null && date == null ? 0 : taken);
	}

	static boolean isOrganisation(String text) {
		return text.length() >= 2 && text.length() <= MAX_ISSUER_LENGTH && ORGANISATION.matcher(text).matches();
	}

	private static boolean isDateOnly(String text) {
		ChineseDates.Mention mention = ChineseDates.first(text, null);
		return mention != null && mention.start() == 0 && mention.end() == text.length() && text.length() <= 20;
	}

	/** 中共XX党组2023年1月12日 written without a blank: the organisation and the date. */
	private static String[] splitTrailingDate(String text) {
		List<ChineseDates.Mention> mentions = ChineseDates.find(text, null);
		if (mentions.isEmpty()) {
			return null;
		}
		ChineseDates.Mention last = mentions.get(mentions.size() - 1);
		if (last.end() != text.length() || last.start() == 0) {
			return null;
		}
		return new String[] { text.substring(0, last.start()).strip(), text.substring(last.start()) };
	}
}
