package org.zhenggai.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.documents.DocumentWriter;
import org.zhenggai.documents.ReportText;
import org.zhenggai.documents.RoundDocuments;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.TargetKind;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StaleVersionException;
import org.zhenggai.shared.StepRefusedException;

/**
 * The public report from draft to publication: the office prepares it from the ledger (or from the
 * last published edition, to correct it), edits the words, a leader approves them, the office
 * publishes them with a date. Published, the words and the .docx and PDF made from them are frozen.
 */
@Service
@Transactional(readOnly = true)
public class PublicationService {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PublicationService.class);

	/** Longest text accepted for a report; a report of three hundred problems is far below it. */
	static final int MAX_TEXT = 1_000_000;

	private final PublicReportRepository reports;
	private final RoundDocuments documents;
	private final DocumentWriter writer;
	private final RoundService rounds;
	private final Access access;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final PublicNames names;
	private final JdbcClient jdbc;
	private final Clock clock;

	PublicationService(PublicReportRepository reports, RoundDocuments documents, DocumentWriter writer,
			RoundService rounds, Access access, CurrentUser currentUser, AuditLog audit, PublicNames names,
			JdbcClient jdbc, Clock clock) {
		this.reports = reports;
		this.documents = documents;
		this.writer = writer;
		this.rounds = rounds;
		this.access = access;
		this.currentUser = currentUser;
		this.audit = audit;
		this.names = names;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every edition of the round's report, newest first. */
	public List<PublicReportView> reportsOf(long roundId) {
		access.require(Action.READ_OVERVIEW, TargetKind.ROUND, roundId);
		rounds.round(roundId);
		return reports.findByRoundIdOrderByEditionDesc(roundId).stream().map(PublicReport::view).toList();
	}

	public PublicReportView report(long id) {
		access.require(Action.READ_OVERVIEW, TargetKind.PUBLICATION, id);
		return load(id).view();
	}

	/**
	 * Starts a new edition: from the ledger as it stands, or, to correct what was published, from
	 * the words of the latest published edition. Only one edition of a round is open at a time.
	 */
	@Transactional
	public PublicReportView prepare(long roundId, boolean fromPublished) {
		access.require(Action.PREPARE_PUBLICATION, TargetKind.ROUND, roundId);
		var round = rounds.round(roundId);
		var editions = reports.findByRoundIdOrderByEditionDesc(roundId);
		if (editions.stream().anyMatch(r -> r.status() != ReportStatus.PUBLISHED)) {
			throw new StepRefusedException("step.publication-open-edition");
		}
		String body;
		if (fromPublished) {
			body = editions.stream().findFirst().map(r -> r.view().body())
				.orElseThrow(() -> new StepRefusedException("step.publication-nothing-published"));
		}
		else {
			body = documents.publicReportText(roundId).text();
		}
		var text = ReportText.parse(body);
		var report = reports.save(new PublicReport(round.unitId(), roundId, names.next(10),
				editions.isEmpty() ? 1 : editions.get(0).view().edition() + 1, title(text), body, actor(), now()));
		var view = report.view();
		audit.record(AuditAction.CREATE, "public-report", view.id(), null, summary(view));
		return view;
	}

	/** Changes the words of an edition not yet published; an approved edition goes back to draft. */
	@Transactional
	public PublicReportView edit(long id, ReportEdit edit) {
		access.require(Action.PREPARE_PUBLICATION, TargetKind.PUBLICATION, id);
		var report = current(id, edit.version());
		String body = edit.text() == null ? "" : edit.text().strip();
		new InvalidInputException.Collector()
			.rejectIf(body.isEmpty(), "text", "validation.publication-text-required")
			.rejectIf(body.length() > MAX_TEXT, "text", "validation.publication-text-too-long", MAX_TEXT)
			.throwIfAny();
		var text = ReportText.parse(body);
		if (title(text).isEmpty()) {
			throw InvalidInputException.of("text", "validation.publication-title-required");
		}
		var before = summary(report.view());
		report.edit(title(text), text.text());
		var view = reports.save(report).view();
		audit.record(AuditAction.UPDATE, "public-report", id, before, Map.of("status", view.status(), "body", view.body()));
		return view;
	}

	/** A leader approves the words as they stand. */
	@Transactional
	public PublicReportView approve(long id, @Nullable Integer version) {
		access.require(Action.APPROVE_PUBLICATION, TargetKind.PUBLICATION, id);
		var report = current(id, version);
		var before = summary(report.view());
		report.approve(actor(), now());
		var view = reports.save(report).view();
		audit.record(AuditAction.UPDATE, "public-report", id, before, summary(view));
		return view;
	}

	/**
	 * Publishes an approved edition with the given date (today when none): the date under the
	 * signature becomes that day, and the .docx and PDF are made from the words and kept with them.
	 */
	@Transactional
	public PublicReportView publish(long id, @Nullable LocalDate on, @Nullable Integer version) {
		access.require(Action.PREPARE_PUBLICATION, TargetKind.PUBLICATION, id);
		var report = current(id, version);
		LocalDate date = on == null ? LocalDate.now(clock) : on;
		if (date.isAfter(LocalDate.now(clock))) {
			throw InvalidInputException.of("publishedOn", "validation.date-in-future");
		}
		var before = summary(report.view());
		var text = ReportText.parse(report.view().body()).datedOn(date);
		report.publish(text.text(), date, actor(), now());
		var view = reports.save(report).view();
		store(view.id(), "docx", render(out -> writer.writeDocx(text, out)));
		try {
			store(view.id(), "pdf", render(out -> writer.writePdf(text, out)));
		}
		catch (IllegalStateException ex) {
			// Without a Chinese font on the server the report is still published, as web page and .docx.
			log.warn("Public report {} published without PDF: {}", view.number(), ex.getMessage());
		}
		namePublicly(view.unitId());
		audit.record(AuditAction.UPDATE, "public-report", id, before, summary(view));
		return view;
	}

	private void store(long reportId, String format, byte[] content) {
		jdbc.sql("insert into public_report_file (public_report_id, format, content) values (:id, :format, :content)")
			.param("id", reportId).param("format", format).param("content", content).update();
	}

	/** The unit and every unit above it get their public names, so each has its page and feed. */
	private void namePublicly(long unitId) {
		List<Long> chain = jdbc.sql("""
				with recursive up (id, parent_id) as (
				  select id, parent_id from unit where id = :unit
				  union all
				  select u.id, u.parent_id from unit u join up on u.id = up.parent_id)
				select id from up where id not in (select unit_id from public_unit)
				""").param("unit", unitId).query(Long.class).list();
		for (long id : chain) {
			jdbc.sql("insert into public_unit (unit_id, slug) values (:id, :slug)").param("id", id)
				.param("slug", names.next(8)).update();
		}
	}

	private PublicReport current(long id, @Nullable Integer version) {
		var report = load(id);
		Integer current = report.view().version();
		if (version != null && !version.equals(current)) {
			throw new StaleVersionException("public-report", id, current);
		}
		return report;
	}

	private PublicReport load(long id) {
		return reports.findById(id).orElseThrow(() -> new NotFoundException("publication", id));
	}

	private static String title(ReportText text) {
		String title = text.title();
		return title.length() > 500 ? title.substring(0, 500) : title;
	}

	private static Map<String, Object> summary(PublicReportView view) {
		var summary = new java.util.LinkedHashMap<String, Object>();
		summary.put("number", view.number());
		summary.put("edition", view.edition());
		summary.put("status", view.status());
		summary.put("title", view.title());
		if (view.publishedOn() != null) {
			summary.put("publishedOn", view.publishedOn().toString());
		}
		return summary;
	}

	private String actor() {
		return currentUser.isSystem() ? "system" : currentUser.get().username();
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private static byte[] render(Rendering rendering) {
		try {
			var out = new ByteArrayOutputStream();
			rendering.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Rendering {
		void write(java.io.OutputStream out) throws IOException;
	}

	/** New words for an edition, with the version read. */
	public record ReportEdit(@jakarta.validation.constraints.Size(max = MAX_TEXT) @Nullable String text,
			@Nullable Integer version) {
	}
}
