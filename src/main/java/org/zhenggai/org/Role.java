package org.zhenggai.org;

/** The roles of the domain; an account has one, and its data scope is its unit and department. */
public enum Role {
	ADMIN, OFFICE, LEADER, DEPARTMENT, DISCIPLINE, INSPECTION_OFFICE, AUDITOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
