package org.zhenggai.org;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of things an action can be aimed at, each with the path segment that names it in URLs
 * ({@code /api/v1/measures/{id}}) and the query that finds the unit it belongs to. Measures and
 * problems also name their departments and leaders, for the OWN scope.
 */
public enum TargetKind {

	UNIT("units", "select id as unit_id, cast(null as bigint) as measure_id, cast(null as bigint) as problem_id from unit where id = :id"),
	ROUND("rounds", "select unit_id, cast(null as bigint) as measure_id, cast(null as bigint) as problem_id from inspection_round where id = :id"),
	CATEGORY("categories", roundOf("category")),
	PROBLEM("problems", "select r.unit_id, cast(null as bigint) as measure_id, p.id as problem_id from problem p join inspection_round r on r.id = p.round_id where p.id = :id"),
	MEASURE("measures", measureOf("measure m", "m.id")),
	EVIDENCE("evidence", measureOf("evidence e join progress_report pr on pr.id = e.progress_report_id join measure m on m.id = pr.measure_id", "e.id")),
	CLOSURE("closures", measureOf("closure_request c join measure m on m.id = c.measure_id", "c.id")),
	EXTENSION("extensions", measureOf("deadline_extension x join measure m on m.id = x.measure_id", "x.id")),
	NOTICE("notices", measureOf("supervision_notice n join measure m on m.id = n.measure_id", "n.id")),
	CLUE("clues", roundOf("clue")),
	PETITION("petitions", roundOf("petition")),
	ACCOUNTABILITY_ACTION("accountability-actions", roundOf("accountability_action")),
	DISPATCH_MEETING("dispatch-meetings", roundOf("dispatch_meeting")),
	SPOT_CHECK("spot-checks", roundOf("spot_check")),
	RULE("rules", roundOf("rule")),
	LOOK_BACK("look-backs", roundOf("look_back")),
	PUBLICATION("publications", roundOf("public_report")),
	OPINION("opinions", "select unit_id, cast(null as bigint) as measure_id, cast(null as bigint) as problem_id from public_opinion where id = :id"),
	/** A round of inspections belongs to the inspection office that runs it. */
	OFFICE_ROUND("office-rounds", "select unit_id, cast(null as bigint) as measure_id, cast(null as bigint) as problem_id from office_round where id = :id"),
	COMMON_PROBLEM("common-problems", "select o.unit_id, cast(null as bigint) as measure_id, cast(null as bigint) as problem_id from common_problem t join office_round o on o.id = t.office_round_id where t.id = :id");

	private final String segment;
	private final String ownerQuery;

	TargetKind(String segment, String ownerQuery) {
		this.segment = segment;
		this.ownerQuery = ownerQuery;
	}

	/** The kind a URL segment names, such as {@code measures}; empty for segments that name none. */
	public static Optional<TargetKind> ofSegment(String segment) {
		return Stream.of(values()).filter(k -> k.segment.equals(segment)).findFirst();
	}

	public String segment() {
		return segment;
	}

	/** The name used in "not found" answers, so that a refusal looks exactly like a missing thing. */
	public String entity() {
		return name().toLowerCase().replace('_', '-');
	}

	String ownerQuery() {
		return ownerQuery;
	}

	private static String roundOf(String table) {
		return "select r.unit_id, cast(null as bigint) as measure_id, cast(null as bigint) as problem_id from " + table
				+ " t join inspection_round r on r.id = t.round_id where t.id = :id";
	}

	private static String measureOf(String from, String idColumn) {
		return "select r.unit_id, m.id as measure_id, cast(null as bigint) as problem_id from " + from
				+ " join inspection_round r on r.id = m.round_id where " + idColumn + " = :id";
	}
}
