package org.zhenggai.supervision;

/** 预警: YELLOW 临期 (deadline near), RED 逾期 (overdue). */
public enum WarningLevel {
	YELLOW, RED
}
