package org.zhenggai.round;

/** 巡察类型: the kind of an inspection round. */
public enum RoundKind {
	REGULAR, SPECIAL, MOBILE, ELEVATED, LOOKBACK_INSPECTION
}
