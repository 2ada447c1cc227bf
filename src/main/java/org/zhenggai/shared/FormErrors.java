package org.zhenggai.shared;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/** Puts the field problems of a domain rule onto a form, so the page shows each beside its field. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInputException ex, BindingResult result) {
		for (var problem : ex.problems()) {
			try {
				result.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
			}
			catch (BeansException | IllegalArgumentException notAField) {
				// a rule about something the form has no field for: shown above the form
				result.reject(problem.messageKey(), problem.args(), problem.messageKey());
			}
		}
	}
}
