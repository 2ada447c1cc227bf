package org.zhenggai.mechanism;

import org.springframework.stereotype.Component;
import org.zhenggai.org.CurrentUser;
import org.zhenggai.org.Role;
import org.zhenggai.shared.NotAllowedException;

/** The steps of this module are the rectification office's (or the administrator's). */
@Component
class OfficeSteps {

	private final CurrentUser currentUser;

	OfficeSteps(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** The acting account's name, if it may take an office step; refused otherwise. */
	String require() {
		var user = currentUser.get();
		if (!user.is(Role.OFFICE, Role.ADMIN)) {
			throw new NotAllowedException("step.office-only");
		}
		return user.username();
	}
}
