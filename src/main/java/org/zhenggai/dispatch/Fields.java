package org.zhenggai.dispatch;

import java.util.Map;

import org.zhenggai.shared.InvalidInputException;

/** Names another module's field problems by the fields of this module's request, so clients see their own names. */
final class Fields {

	private Fields() {
	}

	static InvalidInputException renamed(InvalidInputException ex, Map<String, String> names) {
		return new InvalidInputException(ex.problems().stream()
			.map(p -> new InvalidInputException.FieldProblem(names.getOrDefault(p.field(), p.field()), p.messageKey(),
					p.args()))
			.toList());
	}
}
