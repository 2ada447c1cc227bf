package org.zhenggai.generator;

import java.util.List;

/**
 * A table the generator fills, with the columns it writes in order. Tables with an {@code id}
 * column get their ids from the generator, which then moves the table's identity past them.
 */
record Table(String name, boolean hasId, List<String> columns) {

	static Table withId(String name, String... columns) {
		var all = new java.util.ArrayList<String>();
		all.add("id");
		all.addAll(List.of(columns));
		return new Table(name, true, List.copyOf(all));
	}

	static Table withoutId(String name, String... columns) {
		return new Table(name, false, List.of(columns));
	}
}
