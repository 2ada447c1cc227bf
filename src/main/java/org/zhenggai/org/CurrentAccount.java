package org.zhenggai.org;

import org.jspecify.annotations.Nullable;

/** The account a request acts for: its role and the unit and department it belongs to. */
public record CurrentAccount(String username, String displayName, Role role, @Nullable Long unitId,
		@Nullable Long departmentId, @Nullable Long personId) {

	public boolean is(Role... roles) {
		for (Role r : roles) {
			if (role == r) {
				return true;
			}
		}
		return false;
	}

	/** Whether this account acts for the given department (the system administrator acts for all). */
	public boolean actsFor(@Nullable Long department) {
		return role == Role.ADMIN || (role == Role.DEPARTMENT && department != null && department.equals(departmentId));
	}
}
