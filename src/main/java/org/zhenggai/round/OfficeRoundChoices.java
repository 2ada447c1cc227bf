package org.zhenggai.round;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.Role;
import org.zhenggai.org.TargetKind;

/**
 * What the inspection office's forms offer: the offices a round of inspections may be recorded
 * for, and the unit rounds below an office that belong to no round of inspections yet. Each list
 * is one query and bounded, so that a province's thousands of units never fill a page.
 */
@Service
@Transactional(readOnly = true)
public class OfficeRoundChoices {

	/** How many entries a list offers at most; a filter narrows the rest. */
	public static final int SHOWN = 200;

	/**
	 * The units in reach that act as an inspection office: the account's own unit, those where an
	 * inspection-office account works, and those that already run a round of inspections. Every
	 * unit in reach could run one, but a province has thousands; these are the ones a person means.
	 */
	private static final String OFFICES = """
			with recursive below (id) as (
			  select id from unit where %s
			  union all
			  select u.id from unit u join below b on u.parent_id = b.id)
			select u.id, u.name
			from unit u join below b on b.id = u.id
			where u.id = :own
			   or exists (select 1 from account a where a.unit_id = u.id and a.role = :officeRole and a.enabled)
			   or exists (select 1 from office_round o where o.unit_id = u.id)
			order by case when u.id = :own then 0 else 1 end, u.name, u.id
			fetch first %d rows only""";

	/** The unit rounds at or below the office of the round of inspections that are in none yet. */
	private static final String UNLINKED = """
			with recursive below (id) as (
			  select unit_id from office_round where id = :officeRound
			  union all
			  select u.id from unit u join below b on u.parent_id = b.id)
			select r.id, u.name as unit_name, r.name, r.feedback_date
			from inspection_round r
			join below b on b.id = r.unit_id
			join unit u on u.id = r.unit_id
			where r.office_round_id is null%s
			order by u.name, r.id
			fetch first %d rows only""";

	private final JdbcClient jdbc;
	private final Access access;
	private final CurrentUser currentUser;

	OfficeRoundChoices(JdbcClient jdbc, Access access, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.currentUser = currentUser;
	}

	/** An office a round of inspections may be recorded for. */
	public record Office(long id, String name) {
	}

	/** A unit round that may be put into the round of inspections. */
	public record UnlinkedRound(long id, String unitName, String name, @Nullable LocalDate feedbackDate) {
	}

	/** A bounded list and whether more matched than it holds. */
	public record Bounded<T>(List<T> items, boolean more) {

		static <T> Bounded<T> of(List<T> rows) {
			return new Bounded<>(rows.stream().limit(SHOWN).toList(), rows.size() > SHOWN);
		}
	}

	/** The offices the account may record a round of inspections for, its own first. */
	public List<Office> offices() {
		var root = access.root(Action.MANAGE_OFFICE_ROUNDS);
		var sql = jdbc.sql(OFFICES.formatted(root.isPresent() ? "id = :top" : "parent_id is null", SHOWN))
			.param("own", ownUnit() == null ? -1L : ownUnit())
			.param("officeRole", Role.INSPECTION_OFFICE.name());
		if (root.isPresent()) {
			sql = sql.param("top", root.get().unitId());
		}
		return sql.query((rs, n) -> new Office(rs.getLong("id"), rs.getString("name"))).list();
	}

	/** The account's own unit, which the form preselects; none for the application's own tasks and accounts of no unit. */
	public @Nullable Long ownUnit() {
		return currentUser.isSystem() || !currentUser.isLoggedIn() ? null : currentUser.get().unitId();
	}

	/**
	 * The unit rounds below the office of the round of inspections that belong to no round of
	 * inspections yet, by unit name; {@code unitName} keeps those whose unit's name contains it.
	 */
	public Bounded<UnlinkedRound> unlinkedRounds(long officeRoundId, @Nullable String unitName) {
		access.require(Action.MANAGE_OFFICE_ROUNDS, TargetKind.OFFICE_ROUND, officeRoundId);
		String filter = unitName == null ? "" : unitName.strip();
		var sql = jdbc.sql(UNLINKED.formatted(filter.isEmpty() ? "" : " and lower(u.name) like :pattern escape '\\'",
				SHOWN + 1)).param("officeRound", officeRoundId);
		if (!filter.isEmpty()) {
			sql = sql.param("pattern", "%" + escapeLike(filter.toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		return Bounded.of(sql.query((rs, n) -> new UnlinkedRound(rs.getLong("id"), rs.getString("unit_name"),
				rs.getString("name"), rs.getObject("feedback_date", LocalDate.class))).list());
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
