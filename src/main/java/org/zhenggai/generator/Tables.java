package org.zhenggai.generator;

import java.util.List;

/**
 * The tables the generator fills, parents before children: rows are written in this order, so
 * every foreign key finds its row. A new table is one more constant here, placed after the tables
 * it refers to, and the rows {@link ProvinceGenerator} adds to it.
 */
final class Tables {

	static final Table UNIT = Table.withId("unit", "parent_id", "name", "party_body", "phone", "address", "postcode",
			"email", "version", "created_at");
	static final Table DEPARTMENT = Table.withId("department", "unit_id", "name", "position", "email", "version",
			"created_at");
	static final Table PERSON = Table.withId("person", "unit_id", "department_id", "name", "title", "leader", "phone",
			"version", "created_at");
	static final Table OFFICE_ROUND = Table.withId("office_round", "unit_id", "name", "inspecting_body", "starts_on",
			"published_at", "published_by", "version", "created_at");
	static final Table ROUND = Table.withId("inspection_round", "office_round_id", "name", "kind", "inspecting_body", "inspection_group",
			"unit_id", "stationing_start", "stationing_end", "feedback_date", "rectification_deadline",
			"plan_document_number", "measure_count", "completed_count", "last_reported_on", "version", "created_at");
	static final Table STAGE = Table.withoutId("stage", "round_id", "position", "name", "starts_on", "ends_on");
	static final Table CATEGORY = Table.withId("category", "round_id", "position", "title", "version", "created_at");
	static final Table PROBLEM = Table.withId("problem", "round_id", "category_id", "position", "title",
			"cause_analysis", "responsible_leader_id", "lead_department_id", "version", "created_at");
	static final Table MANIFESTATION = Table.withoutId("manifestation", "problem_id", "position", "text");
	static final Table MEASURE = Table.withId("measure", "round_id", "problem_id", "position", "text", "kind",
			"responsible_leader_id", "lead_department_id", "responsible_person_id", "deadline", "target", "closed_on",
			"status", "last_reported_on", "version", "created_at");
	static final Table ASSISTING = Table.withoutId("measure_assisting_department", "measure_id", "department_id");
	static final Table PROGRESS = Table.withId("progress_report", "measure_id", "reported_on", "text", "phrase",
			"author", "version", "created_at");
	static final Table CLOSURE_REQUEST = Table.withId("closure_request", "measure_id", "summary", "status",
			"requested_by", "requested_at", "reviewed_by", "reviewed_at", "return_reason", "approved_by", "approved_at",
			"version");
	static final Table PROBLEM_CLOSURE = Table.withoutId("problem_closure", "problem_id", "confirmed_by",
			"confirmed_at");

	/** Every table, in the order rows are written. */
	static final List<Table> ALL = List.of(UNIT, OFFICE_ROUND, DEPARTMENT, PERSON, ROUND, STAGE, CATEGORY, PROBLEM, MANIFESTATION,
			MEASURE, ASSISTING, PROGRESS, CLOSURE_REQUEST, PROBLEM_CLOSURE);

	private Tables() {
	}
}
