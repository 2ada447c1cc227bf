package org.zhenggai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.closure.ClosureService;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.OrgService;
import org.zhenggai.org.TargetKind;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.MeasureStatus;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StaleVersionException;
import org.zhenggai.shared.StepRefusedException;

/**
 * Opinions from the public on published reports: taken in from the public form (checked for
 * robots, floods and mark-up), looked up by receipt number, and handled by the office: assigned
 * to a department, answered, linked to the problem or measure concerned, marked handled.
 */
@Service
@Transactional(readOnly = true)
public class OpinionService {

	/** Anything that would be a tag or a script in a web page: refused rather than stored. */
	private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?a-zA-Z]|javascript\\s*:|&#|on[a-z]+\\s*=",
			Pattern.CASE_INSENSITIVE);

	/** Control characters other than line breaks and tabs. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

	private final PublicOpinionRepository opinions;
	private final PublicSite site;
	private final RobotCheck robots;
	private final PublicNames names;
	private final PublicationProperties properties;
	private final Access access;
	private final CurrentUser currentUser;
	private final OrgService org;
	private final FeedbackService feedback;
	private final MeasureService measures;
	private final ClosureService closure;
	private final RoundService rounds;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	OpinionService(PublicOpinionRepository opinions, PublicSite site, RobotCheck robots, PublicNames names,
			PublicationProperties properties, Access access, CurrentUser currentUser, OrgService org,
			FeedbackService feedback, MeasureService measures, ClosureService closure, RoundService rounds,
			AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.opinions = opinions;
		this.site = site;
		this.robots = robots;
		this.names = names;
		this.properties = properties;
		this.access = access;
		this.currentUser = currentUser;
		this.org = org;
		this.feedback = feedback;
		this.measures = measures;
		this.closure = closure;
		this.rounds = rounds;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ---- the public side

	/**
	 * Takes an opinion on a published report and gives its receipt number. Refused, with the reason
	 * in Chinese and nothing stored: a wrong answer to the question, an empty or over-long text,
	 * mark-up or script in it, and more opinions from one address in an hour than allowed.
	 */
	@Transactional
	public String submit(String reportNumber, OpinionForm form, @Nullable String clientAddress) {
		site.report(reportNumber);
		var ids = jdbc.sql("select id, unit_id from public_report where number = :number and status = 'PUBLISHED'")
			.param("number", reportNumber).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		String text = clean(form.text());
		String name = clean(form.name());
		String contact = clean(form.contact());
		var errors = new InvalidInputException.Collector();
		if (form.website() != null && !form.website().isBlank()) {
			// Only robots see the hidden field; they are told no more than a person with a wrong answer.
			errors.reject("answer", "validation.opinion-answer-wrong");
		}
		else {
			errors.rejectIf(!robots.passes(form.token(), form.answer()), "answer", "validation.opinion-answer-wrong");
		}
		errors.rejectIf(text.isEmpty(), "text", "validation.opinion-text-required")
			.rejectIf(text.length() > properties.opinionMaxLength(), "text", "validation.opinion-text-too-long",
					properties.opinionMaxLength(), text.length())
			.rejectIf(name.length() > 50, "name", "validation.opinion-field-too-long", 50)
			.rejectIf(contact.length() > 100, "contact", "validation.opinion-field-too-long", 100);
		for (var field : Map.of("text", text, "name", name, "contact", contact).entrySet()) {
			errors.rejectIf(MARKUP.matcher(field.getValue()).find(), field.getKey(), "validation.opinion-markup");
		}
		errors.throwIfAny();
		String clientKey = names.sign("client." + (clientAddress == null ? "" : clientAddress)).substring(0, 64);
		long lastHour = jdbc.sql("select count(*) from public_opinion where client_key = :key and received_at > :since")
			.param("key", clientKey)
			.param("since", java.sql.Timestamp.from(Instant.now(clock).minus(1, ChronoUnit.HOURS)))
			.query(Long.class).single();
		if (lastHour >= properties.opinionsPerHour()) {
			throw new TooManyOpinionsException();
		}
		var opinion = opinions.save(new PublicOpinion(ids[0], ids[1], names.receipt(), blankToNull(name),
				blankToNull(contact), text, clientKey, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
		var view = opinion.view();
		audit.record(AuditAction.CREATE, "public-opinion", view.id(), null,
				Map.of("receipt", view.receipt(), "publicReport", reportNumber, "text", text));
		return view.receipt();
	}

	/** An opinion's handling as its sender may read it, by receipt number (letters in any case). */
	public OpinionReceipt receipt(String receipt) {
		String normalised = receipt.strip().toUpperCase(Locale.ROOT);
		return jdbc.sql("""
				select o.receipt, r.number, r.title, o.received_at, o.status, o.reply, o.replied_at
				from public_opinion o join public_report r on r.id = o.public_report_id
				where o.receipt = :receipt and r.status = 'PUBLISHED'
				""").param("receipt", normalised)
			.query((rs, n) -> new OpinionReceipt(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), OpinionStatus.valueOf(rs.getString(5)), rs.getString(6),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
			.optional().orElseThrow(() -> new NotFoundException("opinion", normalised));
	}

	// ---- the office's inbox

	/** One row of the inbox: the opinion and the report it is about. */
	public record InboxRow(OpinionView opinion, String reportTitle, int edition, String unitName) {
	}

	/** How many opinions each published report received, and how many are still open. */
	public record ReportCount(long publicReportId, String title, int edition, String unitName, long opinions,
			long open) {
	}

	/** The opinions the account may read, newest first; only those in the given status when one is given. */
	public List<InboxRow> inbox(@Nullable OpinionStatus status) {
		var reach = access.reach(Action.READ_OPINIONS);
		return jdbc.sql("""
				select o.id, r.title, r.edition, u.name from public_opinion o
				join public_report r on r.id = o.public_report_id join unit u on u.id = o.unit_id
				where o.status in (:statuses)
				order by o.received_at desc, o.id desc
				""").param("statuses", status == null ? java.util.Arrays.stream(OpinionStatus.values()).map(Enum::name).toList()
						: List.of(status.name()))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4) })
			.list().stream()
			.map(row -> new InboxRow(load((Long) row[0]).view(), (String) row[1], (Integer) row[2], (String) row[3]))
			.filter(row -> reach.includes(row.opinion().unitId()))
			.toList();
	}

	/** Opinions per published report of the units the account may read. */
	public List<ReportCount> countsPerReport() {
		var reach = access.reach(Action.READ_OPINIONS);
		return jdbc.sql("""
				select r.id, r.title, r.edition, u.name, r.unit_id, count(o.id),
				       sum(case when o.id is not null and o.status <> 'HANDLED' then 1 else 0 end)
				from public_report r join unit u on u.id = r.unit_id
				left join public_opinion o on o.public_report_id = r.id
				where r.status = 'PUBLISHED'
				group by r.id, r.title, r.edition, u.name, r.unit_id, r.published_at
				order by r.published_at desc
				""")
			.query((rs, n) -> reach.includes(rs.getLong(5))
					? new ReportCount(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(6),
							rs.getLong(7))
					: null)
			.list().stream().filter(java.util.Objects::nonNull).toList();
	}

	public OpinionView opinion(long id) {
		access.require(Action.READ_OPINIONS, TargetKind.OPINION, id);
		return load(id).view();
	}

	@Transactional
	public OpinionView assign(long id, @Nullable Long departmentId, @Nullable Integer version) {
		var opinion = handled(id, version);
		if (departmentId == null || !org.isDepartmentOf(opinion.unitId(), departmentId)) {
			throw InvalidInputException.of("departmentId", "validation.unknown-department", departmentId);
		}
		var before = opinion.view();
		opinion.assign(departmentId);
		return saved(opinion, before);
	}

	@Transactional
	public OpinionView reply(long id, @Nullable String reply, @Nullable Integer version) {
		var opinion = handled(id, version);
		String text = clean(reply);
		new InvalidInputException.Collector()
			.rejectIf(text.isEmpty(), "reply", "validation.opinion-reply-required")
			.rejectIf(text.length() > 4000, "reply", "validation.opinion-field-too-long", 4000)
			.throwIfAny();
		var before = opinion.view();
		opinion.reply(text, currentUser.get().username(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
		return saved(opinion, before);
	}

	@Transactional
	public OpinionView markHandled(long id, @Nullable Integer version) {
		var opinion = handled(id, version);
		var before = opinion.view();
		opinion.markHandled(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
		return saved(opinion, before);
	}

	/**
	 * Links the opinion to the problem or measure it concerns (of the same unit). With {@code reopen},
	 * a closed or completed measure is reopened, or a problem's confirmed closure withdrawn, with the
	 * opinion's receipt number as the reason; that takes the right to review closures as well.
	 */
	@Transactional
	public OpinionView link(long id, @Nullable Long problemId, @Nullable Long measureId, boolean reopen,
			@Nullable Integer version) {
		var opinion = handled(id, version);
		long unitId = opinion.unitId();
		Long problem = problemId;
		if (measureId != null) {
			var measure = measures.measure(measureId);
			if (rounds.round(measure.roundId()).unitId() != unitId) {
				throw InvalidInputException.of("measureId", "validation.opinion-link-other-unit", measureId);
			}
			problem = measure.problemId();
		}
		else if (problemId != null) {
			var found = feedback.problem(problemId);
			if (rounds.round(found.roundId()).unitId() != unitId) {
				throw InvalidInputException.of("problemId", "validation.opinion-link-other-unit", problemId);
			}
		}
		else {
			throw InvalidInputException.of("problemId", "validation.opinion-link-required");
		}
		var before = opinion.view();
		opinion.link(problem, measureId);
		var view = saved(opinion, before);
		if (reopen) {
			String reason = "群众意见（回执号 " + view.receipt() + "）反映问题，重新整改";
			if (measureId != null) {
				access.require(Action.REVIEW_CLOSURE, TargetKind.MEASURE, measureId);
				var status = measures.measure(measureId).status();
				if (status != MeasureStatus.CLOSED && !status.done()) {
					throw new StepRefusedException("step.opinion-measure-open");
				}
				measures.reopen(measureId, reason);
			}
			else {
				access.require(Action.REVIEW_CLOSURE, TargetKind.PROBLEM, problem);
				if (closure.problemClosure(problem).isEmpty()) {
					throw new StepRefusedException("step.opinion-problem-open");
				}
				closure.reopenProblem(problem, reason);
			}
		}
		return view;
	}

	private PublicOpinion handled(long id, @Nullable Integer version) {
		access.require(Action.HANDLE_OPINION, TargetKind.OPINION, id);
		var opinion = load(id);
		Integer current = opinion.view().version();
		if (version != null && !version.equals(current)) {
			throw new StaleVersionException("opinion", id, current);
		}
		return opinion;
	}

	private OpinionView saved(PublicOpinion opinion, OpinionView before) {
		var after = opinions.save(opinion).view();
		audit.record(AuditAction.UPDATE, "public-opinion", after.id(), before, after);
		return after;
	}

	private PublicOpinion load(long id) {
		return opinions.findById(id).orElseThrow(() -> new NotFoundException("opinion", id));
	}

	private static String clean(@Nullable String text) {
		return text == null ? "" : CONTROL.matcher(text.replace("\r\n", "\n")).replaceAll("").strip();
	}

	private static @Nullable String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** More opinions from one address than allowed in an hour: answered 429, with a Chinese reason. */
	static final class TooManyOpinionsException extends StepRefusedException {

		TooManyOpinionsException() {
			super("step.opinion-flood");
		}
	}
}
