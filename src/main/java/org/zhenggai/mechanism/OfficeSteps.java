package org.zhenggai.mechanism;

import org.springframework.stereotype.Component;
import org.zhenggai.org.CurrentUser;

/** Who takes this module's steps; whether they may is the authorization table's to say, checked on entry. */
@Component
class OfficeSteps {

	private final CurrentUser currentUser;

	OfficeSteps(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** The acting account's name. */
	String actor() {
		return currentUser.get().username();
	}
}
