package org.zhenggai.dispatch;

/** The outcome of checking one measure again: the work holds, or it does not and the measure reopens. */
public enum SpotCheckResult {
	PASSED, FAILED
}
