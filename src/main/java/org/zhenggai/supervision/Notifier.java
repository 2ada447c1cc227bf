package org.zhenggai.supervision;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.client.RestClient;
import org.zhenggai.org.OrgService;
import org.zhenggai.shared.ZhenggaiProperties;

/**
 * Tells a department or a leader about something: always in the application; by e-mail when SMTP
 * is configured and the department has an address; to a webhook (JSON, as group-chat robots take
 * it) when one is configured. Outside messages leave only after the change is committed, and a
 * failure to deliver them is logged, never undoing the change.
 */
@Service
public class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;
	private final OrgService org;
	private final ObjectProvider<JavaMailSender> mail;
	private final ZhenggaiProperties properties;
	private final Clock clock;
	private final RestClient http = RestClient.create();

	Notifier(JdbcClient jdbc, JdbcTemplate jdbcTemplate, OrgService org, ObjectProvider<JavaMailSender> mail, ZhenggaiProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.org = org;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/** Notifies the department that leads a measure. */
	@Transactional
	public void department(@Nullable Long departmentId, @Nullable Long measureId, NotificationKind kind, String text) {
		if (departmentId == null) {
			return;
		}
		insert(departmentId, null, measureId, kind, text);
		var email = org.findDepartment(departmentId).map(d -> d.email()).orElse(null);
		afterCommit(() -> {
			sendMail(email, kind, text);
			sendWebhook(kind, text, measureId, departmentId, null);
		});
	}

	/** One notice to the department that leads a measure, for {@link #departments}. */
	public record DepartmentNotice(@Nullable Long departmentId, long measureId, NotificationKind kind, String text) {
	}

	/**
	 * Notifies many departments at once, as {@link #department} does one by one: the daily scan of a
	 * province raises tens of thousands of warnings, written here in one batch.
	 */
	@Transactional
	public void departments(List<DepartmentNotice> notices) {
		var due = notices.stream().filter(n -> n.departmentId() != null).toList();
		if (due.isEmpty()) {
			return;
		}
		var at = Timestamp.from(Instant.now(clock));
		jdbcTemplate.batchUpdate("""
				insert into notification (department_id, measure_id, kind, text, created_at) values (?, ?, ?, ?, ?)
				""", due.stream().map(n -> new Object[] { n.departmentId(), n.measureId(), n.kind().name(), n.text(), at })
			.toList());
		var emails = mail.getIfAvailable() == null ? Map.<Long, String>of()
				: emails(due.stream().map(DepartmentNotice::departmentId).distinct().toList());
		afterCommit(() -> due.forEach(n -> {
			sendMail(emails.get(n.departmentId()), n.kind(), n.text());
			sendWebhook(n.kind(), n.text(), n.measureId(), n.departmentId(), null);
		}));
	}

	/** The e-mail addresses of departments that have one, looked up in slices. */
	private Map<Long, String> emails(List<Long> departmentIds) {
		var emails = new HashMap<Long, String>();
		for (int from = 0; from < departmentIds.size(); from += 1000) {
			jdbc.sql("select id, email from department where id in (:ids) and email is not null")
				.param("ids", departmentIds.subList(from, Math.min(from + 1000, departmentIds.size())))
				.query((rs, n) -> emails.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return emails;
	}

	/** Notifies a person, such as the responsible leader of a measure. */
	@Transactional
	public void person(@Nullable Long personId, @Nullable Long measureId, NotificationKind kind, String text) {
		if (personId == null) {
			return;
		}
		insert(null, personId, measureId, kind, text);
		afterCommit(() -> sendWebhook(kind, text, measureId, null, personId));
	}

	/** The unread and recent notifications of a department and of a person. */
	public List<NotificationView> inbox(@Nullable Long departmentId, @Nullable Long personId) {
		return jdbc.sql("""
				select id, department_id, person_id, measure_id, kind, text, created_at, read_at from notification
				where (department_id = :department or person_id = :person)
				order by read_at nulls first, id desc fetch first 100 rows only
				""")
			.param("department", departmentId == null ? -1L : departmentId)
			.param("person", personId == null ? -1L : personId)
			.query((rs, n) -> new NotificationView(rs.getLong("id"), rs.getObject("department_id", Long.class),
					rs.getObject("person_id", Long.class), rs.getObject("measure_id", Long.class),
					NotificationKind.valueOf(rs.getString("kind")), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
	}

	@Transactional
	public void markRead(long id, @Nullable Long departmentId, @Nullable Long personId) {
		jdbc.sql("""
				update notification set read_at = :now
				where id = :id and read_at is null and (department_id = :department or person_id = :person)
				""")
			.param("now", Timestamp.from(Instant.now(clock))).param("id", id)
			.param("department", departmentId == null ? -1L : departmentId)
			.param("person", personId == null ? -1L : personId)
			.update();
	}

	private void insert(@Nullable Long departmentId, @Nullable Long personId, @Nullable Long measureId,
			NotificationKind kind, String text) {
		jdbc.sql("""
				insert into notification (department_id, person_id, measure_id, kind, text, created_at)
				values (:department, :person, :measure, :kind, :text, :at)
				""")
			.param("department", departmentId).param("person", personId).param("measure", measureId)
			.param("kind", kind.name()).param("text", text).param("at", Timestamp.from(Instant.now(clock)))
			.update();
	}

	private void sendMail(@Nullable String to, NotificationKind kind, String text) {
		var sender = mail.getIfAvailable();
		if (sender == null || to == null || to.isBlank()) {
			return;
		}
		try {
			var message = new SimpleMailMessage();
			message.setFrom(properties.notifications().mailFrom());
			message.setTo(to);
			message.setSubject("【整改提醒】" + kind.subject());
			message.setText(text);
			sender.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("E-mail notification not delivered: {}", ex.getMessage());
		}
	}

	private void sendWebhook(NotificationKind kind, String text, @Nullable Long measureId, @Nullable Long departmentId,
			@Nullable Long personId) {
		String url = properties.notifications().webhookUrl();
		if (url == null || url.isBlank()) {
			return;
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("msgtype", "text");
		body.put("text", java.util.Map.of("content", "【整改提醒】" + text));
		body.put("kind", kind.name());
		body.put("measureId", measureId);
		body.put("departmentId", departmentId);
		body.put("personId", personId);
		try {
			http.post().uri(URI.create(url)).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
		}
		catch (RuntimeException ex) {
			log.warn("Webhook notification not delivered: {}", ex.getMessage());
		}
	}

	private static void afterCommit(Runnable send) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}
}
