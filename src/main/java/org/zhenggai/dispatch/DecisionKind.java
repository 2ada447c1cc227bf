package org.zhenggai.dispatch;

/**
 * What a decision of a dispatch meeting does: a minuted decision only, a new deadline for a
 * measure heard, or a follow-up task added to the problem of a measure heard.
 */
public enum DecisionKind {
	NOTE, NEW_DEADLINE, FOLLOW_UP
}
