package org.zhenggai.mechanism;

/** What a look-back found: the fix held (巩固), or the problem came back (反弹). */
public enum LookBackOutcome {
	HELD, REBOUNDED
}
