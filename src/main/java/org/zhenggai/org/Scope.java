package org.zhenggai.org;

/** How far an allowed action reaches, from nothing to every unit. */
public enum Scope {
	/** Not allowed at all: 403. */
	NONE,
	/**
	 * What is the account's own inside its unit: for a department the measures it leads or assists
	 * (and the problems holding them); for a leader the problems and measures they answer for.
	 */
	OWN,
	/** Everything of the account's unit. */
	UNIT,
	/** The account's unit and every unit below it in the tree. */
	SUBTREE,
	/** Every unit. */
	ALL
}
