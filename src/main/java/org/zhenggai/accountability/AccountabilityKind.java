package org.zhenggai.accountability;

/** The kinds of accountability action, mildest first, as reports count them. */
public enum AccountabilityKind {
	REMINDER_TALK, SUMMONS, CRITICISM, CIRCULATED_CRITICISM, REMOVAL, ACCOUNTABILITY
}
