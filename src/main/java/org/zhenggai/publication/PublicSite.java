package org.zhenggai.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.documents.ReportText;
import org.zhenggai.org.Access;
import org.zhenggai.shared.NotFoundException;

/**
 * What the public may read, and nothing else: published editions only, named by their public
 * numbers and their units' public names, never by a database id. Every query here filters on
 * {@code status = 'PUBLISHED'}, so a draft cannot be reached whatever the URL.
 */
@Component
@Transactional(readOnly = true)
class PublicSite {

	private static final String PUBLISHED = """
			select r.number, pu.slug, u.name as unit_name, ir.name as round_name, r.edition, r.title, r.body,
			       r.published_on, r.published_at,
			       (select count(*) from public_report_file f where f.public_report_id = r.id and f.format = 'pdf') as pdfs
			from public_report r
			join unit u on u.id = r.unit_id
			join public_unit pu on pu.unit_id = r.unit_id
			join inspection_round ir on ir.id = r.round_id
			where r.status = 'PUBLISHED'
			""";

	private final JdbcClient jdbc;
	private final Access access;

	PublicSite(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** A unit on the public pages. */
	record PublicUnit(String slug, String name, long reports) {
	}

	/** A published edition as the public reads it. */
	record PublishedReport(String number, String unitSlug, String unitName, String roundName, int edition,
			String title, String body, LocalDate publishedOn, Instant publishedAt, boolean hasPdf) {

		public List<ReportText.Paragraph> paragraphs() {
			return ReportText.parse(body).paragraphs();
		}
	}

	/** Units with published reports of their own or of units below them, by name. */
	List<PublicUnit> units() {
		return jdbc.sql("""
				select pu.slug, u.name, pu.unit_id from public_unit pu join unit u on u.id = pu.unit_id order by u.name
				""").query((rs, n) -> new PublicUnit(rs.getString(1), rs.getString(2), countBelow(rs.getLong(3))))
			.list().stream().filter(u -> u.reports() > 0).toList();
	}

	Optional<PublicUnit> unit(String slug) {
		return jdbc.sql("select pu.slug, u.name, pu.unit_id from public_unit pu join unit u on u.id = pu.unit_id where pu.slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new PublicUnit(rs.getString(1), rs.getString(2), countBelow(rs.getLong(3))))
			.optional();
	}

	/** Every published edition, newest first. */
	List<PublishedReport> all() {
		return jdbc.sql(PUBLISHED + " order by r.published_at desc, r.number").query(PublicSite::row).list();
	}

	/** The published editions of the unit and of every unit below it, newest first. */
	List<PublishedReport> under(String slug) {
		var units = jdbc.sql("select unit_id from public_unit where slug = :slug").param("slug", slug)
			.query(Long.class).optional().map(access::unitsBelow).orElse(java.util.Set.of());
		if (units.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PUBLISHED + " and r.unit_id in (:units) order by r.published_at desc, r.number")
			.param("units", units).query(PublicSite::row).list();
	}

	PublishedReport report(String number) {
		return jdbc.sql(PUBLISHED + " and r.number = :number").param("number", number).query(PublicSite::row)
			.optional().orElseThrow(() -> new NotFoundException("report", number));
	}

	/** The other published editions of the same round's report, newest first. */
	List<PublishedReport> editions(String number) {
		return jdbc.sql(PUBLISHED + """
				 and r.round_id = (select round_id from public_report where number = :number)
				 order by r.edition desc
				""").param("number", number).query(PublicSite::row).list();
	}

	/** The .docx or PDF made when the edition was published. */
	byte[] file(String number, String format) {
		return jdbc.sql("""
				select f.content from public_report_file f join public_report r on r.id = f.public_report_id
				where r.number = :number and r.status = 'PUBLISHED' and f.format = :format
				""").param("number", number).param("format", format).query((rs, n) -> rs.getBytes(1)).optional()
			.orElseThrow(() -> new NotFoundException("report", number));
	}

	private long countBelow(long unitId) {
		return jdbc.sql("select count(*) from public_report where status = 'PUBLISHED' and unit_id in (:units)")
			.param("units", access.unitsBelow(unitId)).query(Long.class).single();
	}

	private static PublishedReport row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PublishedReport(rs.getString("number"), rs.getString("slug"), rs.getString("unit_name"),
				rs.getString("round_name"), rs.getInt("edition"), rs.getString("title"), rs.getString("body"),
				rs.getDate("published_on").toLocalDate(), rs.getTimestamp("published_at").toInstant(), rs.getLong("pdfs") > 0);
	}
}
