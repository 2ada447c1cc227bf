package org.zhenggai.org;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.shared.NotAllowedException;
import org.zhenggai.shared.NotFoundException;

/**
 * The services' gate: may the current account take this action on this thing? The answer comes
 * from {@link AccessTable}. A role that may not take the action at all is refused with 403; a thing
 * outside the account's scope is answered as if it did not exist (404), so that not even its
 * existence leaks. Every refusal is written to the audit trail.
 */
@Component
public class Access {

	private final CurrentUser currentUser;
	private final JdbcClient jdbc;
	private final AuditLog audit;

	Access(CurrentUser currentUser, JdbcClient jdbc, AuditLog audit) {
		this.currentUser = currentUser;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Requires that the account's role may take the action somewhere. The application's own tasks
	 * (start-up, schedules, commands) act for nobody and pass.
	 */
	public void require(Action action) {
		if (!currentUser.isSystem()) {
			requireAccount(action);
		}
	}

	private CurrentAccount requireAccount(Action action) {
		var account = currentUser.get();
		if (scope(account, action) == Scope.NONE) {
			audit.refusal(action.name(), null, null, "role " + account.role());
			throw new NotAllowedException("access.denied", new DefaultMessageSourceResolvable("Role." + account.role()),
					new DefaultMessageSourceResolvable("Action." + action));
		}
		return account;
	}

	/** Requires that the account may take the action on the thing named (the application's own tasks pass). */
	public void require(Action action, TargetKind kind, long id) {
		if (currentUser.isSystem()) {
			return;
		}
		var account = requireAccount(action);
		var scope = scope(account, action);
		var owner = owner(kind, id, scope).orElseThrow(() -> new NotFoundException(kind.entity(), id));
		if (!reaches(account, scope, owner)) {
			audit.refusal(action.name(), kind.entity(), id, "outside the scope of " + account.username());
			throw new NotFoundException(kind.entity(), id);
		}
	}

	/** Requires that the account may take the action in the given unit (for things being created). */
	public void requireInUnit(Action action, long unitId) {
		require(action, TargetKind.UNIT, unitId);
	}

	/** Whether the account may take the action on the thing, for pages deciding which buttons to show. */
	public boolean can(Action action, TargetKind kind, long id) {
		if (currentUser.isSystem()) {
			return true;
		}
		var account = currentUser.get();
		var scope = scope(account, action);
		return scope != Scope.NONE && owner(kind, id, scope).map(owner -> reaches(account, scope, owner)).orElse(false);
	}

	/** The items of a list whose thing the account may take the action on; the rest are left out. */
	public <T> List<T> visible(Action action, TargetKind kind, List<T> items, java.util.function.ToLongFunction<T> id) {
		if (currentUser.isSystem()) {
			return items;
		}
		return items.stream().filter(item -> can(action, kind, id.applyAsLong(item))).toList();
	}

	/** Whether the account's role may take the action anywhere. */
	public boolean can(Action action) {
		if (!currentUser.isSystem() && !currentUser.isLoggedIn()) {
			return false;
		}
		return currentUser.isSystem() || scope(currentUser.get(), action) != Scope.NONE;
	}

	/**
	 * What a list shown for this action may hold: every unit (empty), or only these units, and
	 * within them, for the OWN scope, only the measures of this department or leader.
	 */
	public Reach reach(Action action) {
		if (currentUser.isSystem()) {
			return new Reach(null, null, null);
		}
		var account = requireAccount(action);
		var scope = scope(account, action);
		return switch (scope) {
			case ALL -> new Reach(null, null, null);
			case SUBTREE -> new Reach(unitsBelow(account.unitId()), null, null);
			case UNIT -> new Reach(unitOf(account), null, null);
			case OWN -> new Reach(unitOf(account), account.is(Role.DEPARTMENT) ? account.departmentId() : null,
					account.is(Role.LEADER) ? account.personId() : null);
			case NONE -> throw new IllegalStateException("refused above");
		};
	}

	/**
	 * Where in the unit tree a list for this action starts, for queries that walk the tree
	 * themselves rather than name every unit below: empty for every unit. The OWN scope's narrowing
	 * to departments and leaders is not expressed here; use {@link #reach} for lists of measures.
	 */
	public Optional<Root> root(Action action) {
		if (currentUser.isSystem()) {
			return Optional.empty();
		}
		var account = requireAccount(action);
		var scope = scope(account, action);
		long unit = account.unitId() == null ? -1 : account.unitId();
		return switch (scope) {
			case ALL -> Optional.empty();
			case SUBTREE -> Optional.of(new Root(unit, true));
			case UNIT, OWN -> Optional.of(new Root(unit, false));
			case NONE -> throw new IllegalStateException("refused above");
		};
	}

	/** A unit and whether the units below it count too. */
	public record Root(long unitId, boolean subtree) {
	}

	/**
	 * How far a list reaches: {@code units} null means every unit; a department or leader set means
	 * only the measures that department leads or assists, or that leader answers for.
	 */
	public record Reach(@Nullable Set<Long> units, @Nullable Long department, @Nullable Long leader) {

		public boolean includes(long unitId) {
			return units == null || units.contains(unitId);
		}

		public boolean allUnits() {
			return units == null;
		}

		/** Whether only the account's own measures may be shown. */
		public boolean ownOnly() {
			return department != null || leader != null;
		}
	}

	private static Scope scope(CurrentAccount account, Action action) {
		return AccessTable.scope(account.role(), action);
	}

	private boolean reaches(CurrentAccount account, Scope scope, Owner owner) {
		return switch (scope) {
			case NONE -> false;
			case ALL -> true;
			case SUBTREE -> account.unitId() != null && isAtOrBelow(owner.unitId(), account.unitId());
			case UNIT -> account.unitId() != null && owner.unitId() == account.unitId();
			case OWN -> account.unitId() != null && owner.unitId() == account.unitId() && owns(account, owner);
		};
	}

	private static boolean owns(CurrentAccount account, Owner owner) {
		if (owner.unitWide()) {
			return true;
		}
		if (account.is(Role.DEPARTMENT)) {
			return account.departmentId() != null && owner.departments().contains(account.departmentId());
		}
		if (account.is(Role.LEADER)) {
			return account.personId() != null && owner.leaders().contains(account.personId());
		}
		return false;
	}

	/**
	 * The unit a thing belongs to and, for measures and problems, who acts on it and answers for it;
	 * those are looked up only for the OWN scope, the one scope that asks.
	 */
	private record Owner(long unitId, boolean unitWide, Set<Long> departments, Set<Long> leaders) {
	}

	private Optional<Owner> owner(TargetKind kind, long id, Scope scope) {
		return jdbc.sql(kind.ownerQuery()).param("id", id).query((rs, n) -> {
			long unit = rs.getLong("unit_id");
			if (scope != Scope.OWN) {
				// only the unit counts; were these sets ever asked, they would refuse
				return new Owner(unit, false, Set.of(), Set.of());
			}
			long measure = rs.getLong("measure_id");
			boolean hasMeasure = !rs.wasNull();
			long problem = rs.getLong("problem_id");
			boolean hasProblem = !rs.wasNull();
			if (hasMeasure) {
				return new Owner(unit, false, departmentsOf("m.id = :id", measure), leadersOf("m.id = :id", measure));
			}
			if (hasProblem) {
				var departments = departmentsOf("m.problem_id = :id", problem);
				var leaders = leadersOf("m.problem_id = :id", problem);
				jdbc.sql("select lead_department_id, responsible_leader_id from problem where id = :id").param("id", problem)
					.query(r -> {
						addIfPresent(departments, r.getLong(1), r.wasNull());
						addIfPresent(leaders, r.getLong(2), r.wasNull());
					});
				return new Owner(unit, false, departments, leaders);
			}
			return new Owner(unit, true, Set.of(), Set.of());
		}).optional();
	}

	private Set<Long> departmentsOf(String where, long id) {
		return new HashSet<>(jdbc.sql("""
				select m.lead_department_id from measure m where %1$s and m.lead_department_id is not null
				union select a.department_id from measure_assisting_department a join measure m on m.id = a.measure_id where %1$s
				""".formatted(where)).param("id", id).query(Long.class).list());
	}

	private Set<Long> leadersOf(String where, long id) {
		return new HashSet<>(jdbc.sql("""
				select m.responsible_leader_id from measure m where %1$s and m.responsible_leader_id is not null
				union select p.responsible_leader_id from measure m join problem p on p.id = m.problem_id
				where %1$s and p.responsible_leader_id is not null
				""".formatted(where)).param("id", id).query(Long.class).list());
	}

	private static void addIfPresent(Set<Long> set, long value, boolean wasNull) {
		if (!wasNull) {
			set.add(value);
		}
	}

	private boolean isAtOrBelow(long unit, long top) {
		return jdbc.sql("""
				with recursive up (id, parent_id) as (
				  select id, parent_id from unit where id = :unit
				  union all
				  select u.id, u.parent_id from unit u join up on u.id = up.parent_id)
				select count(*) from up where id = :top
				""").param("unit", unit).param("top", top).query(Long.class).single() > 0;
	}

	/** A unit and every unit below it. */
	public Set<Long> unitsBelow(@Nullable Long top) {
		if (top == null) {
			return Set.of();
		}
		List<Long> ids = jdbc.sql("""
				with recursive down (id) as (
				  select id from unit where id = :top
				  union all
				  select u.id from unit u join down on u.parent_id = down.id)
				select id from down
				""").param("top", top).query(Long.class).list();
		return Set.copyOf(ids);
	}

	private static Set<Long> unitOf(CurrentAccount account) {
		return account.unitId() == null ? Set.of() : Set.of(account.unitId());
	}
}
