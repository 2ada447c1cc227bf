package org.zhenggai.rectification;

/** 整改类型: fixed at once, fixed by a date, or kept up without end. */
public enum MeasureKind {
	IMMEDIATE, BY_DEADLINE, ONGOING
}
