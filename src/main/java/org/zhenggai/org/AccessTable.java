package org.zhenggai.org;

import static org.zhenggai.org.Scope.ALL;
import static org.zhenggai.org.Scope.NONE;
import static org.zhenggai.org.Scope.OWN;
import static org.zhenggai.org.Scope.SUBTREE;
import static org.zhenggai.org.Scope.UNIT;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may do what, and how far: the one table of action × role × scope. Services ask it through
 * {@link Access}; the web layer asks it before reading a request; docs/SECURITY.md prints it; the
 * authorization test walks every endpoint with every role against it.
 */
public final class AccessTable {

	/** The columns, in the order of {@link Role}. */
	private static final Map<Action, Scope[]> ROWS = new EnumMap<>(Map.ofEntries(
			//                                       ADMIN OFFICE LEADER DEPARTMENT DISCIPLINE INSPECTION_OFFICE AUDITOR
			row(Action.PUBLIC,                        ALL,  ALL,   ALL,   ALL,       ALL,       ALL,              ALL),
			row(Action.OWN_ACCOUNT,                   ALL,  ALL,   ALL,   ALL,       ALL,       ALL,              ALL),
			row(Action.READ,                          ALL,  UNIT,  UNIT,  OWN,       UNIT,      SUBTREE,          NONE),
			row(Action.READ_OVERVIEW,                 ALL,  UNIT,  UNIT,  NONE,      UNIT,      SUBTREE,          NONE),
			row(Action.EXPORT,                        ALL,  UNIT,  UNIT,  NONE,      UNIT,      SUBTREE,          NONE),
			row(Action.READ_ORG,                      ALL,  UNIT,  UNIT,  UNIT,      UNIT,      SUBTREE,          NONE),
			row(Action.MANAGE_ORG,                    ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.MANAGE_UNITS,                  ALL,  NONE,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.MANAGE_ACCOUNTS,               ALL,  NONE,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.SET_UP,                        ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.REPORT_PROGRESS,               ALL,  UNIT,  NONE,  OWN,       NONE,      NONE,             NONE),
			row(Action.SIGN_OFF,                      ALL,  NONE,  NONE,  OWN,       NONE,      NONE,             NONE),
			row(Action.REQUEST_EXTENSION,             ALL,  NONE,  NONE,  OWN,       NONE,      NONE,             NONE),
			row(Action.DECIDE_EXTENSION,              ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.ESCALATE,                      ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.REQUEST_CLOSURE,               ALL,  NONE,  NONE,  OWN,       NONE,      NONE,             NONE),
			row(Action.REVIEW_CLOSURE,                ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.APPROVE_CLOSURE,               NONE, NONE,  OWN,   NONE,      NONE,      NONE,             NONE),
			row(Action.ISSUE_NOTICE,                  ALL,  UNIT,  NONE,  NONE,      UNIT,      NONE,             NONE),
			row(Action.REPLY_NOTICE,                  ALL,  NONE,  NONE,  OWN,       NONE,      NONE,             NONE),
			row(Action.SCAN_WARNINGS,                 ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.RECORD_OVERSIGHT,              ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.RECORD_ACCOUNTABILITY,         ALL,  UNIT,  NONE,  NONE,      UNIT,      NONE,             NONE),
			row(Action.REGISTER,                      ALL,  NONE,  NONE,  NONE,      UNIT,      NONE,             NONE),
			row(Action.READ_AUDIT,                    NONE, NONE,  NONE,  NONE,      NONE,      NONE,             ALL),
			row(Action.PREPARE_PUBLICATION,           ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.APPROVE_PUBLICATION,           NONE, NONE,  UNIT,  NONE,      NONE,      NONE,             NONE),
			row(Action.READ_OPINIONS,                 ALL,  UNIT,  UNIT,  NONE,      NONE,      SUBTREE,          NONE),
			row(Action.HANDLE_OPINION,                ALL,  UNIT,  NONE,  NONE,      NONE,      NONE,             NONE),
			row(Action.READ_OFFICE_ROUNDS,            ALL,  NONE,  NONE,  NONE,      NONE,      SUBTREE,          NONE),
			row(Action.MANAGE_OFFICE_ROUNDS,          ALL,  NONE,  NONE,  NONE,      NONE,      SUBTREE,          NONE),
			row(Action.RATE_UNIT,                     ALL,  NONE,  NONE,  NONE,      NONE,      SUBTREE,          NONE),
			row(Action.PUBLISH_COMMON_PROBLEMS,       ALL,  NONE,  NONE,  NONE,      NONE,      SUBTREE,          NONE)));

	private AccessTable() {
	}

	public static Scope scope(Role role, Action action) {
		return ROWS.get(action)[role.ordinal()];
	}

	/** The table as Markdown, as docs/SECURITY.md shows it. */
	public static String markdown() {
		var header = "| action | " + Stream.of(Role.values()).map(Enum::name).collect(Collectors.joining(" | ")) + " |\n"
				+ "|---|" + "---|".repeat(Role.values().length) + "\n";
		return header + Stream.of(Action.values())
			.map(action -> "| `" + action + "` " + action.description() + " | "
					+ Stream.of(Role.values()).map(role -> scope(role, action).name()).collect(Collectors.joining(" | "))
					+ " |")
			.collect(Collectors.joining("\n")) + "\n";
	}

	private static Map.Entry<Action, Scope[]> row(Action action, Scope... byRole) {
		if (byRole.length != Role.values().length) {
			throw new IllegalStateException(action + " needs a scope for each of the " + Role.values().length + " roles");
		}
		return Map.entry(action, byRole);
	}
}
