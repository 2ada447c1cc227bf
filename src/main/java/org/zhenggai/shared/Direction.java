package org.zhenggai.shared;

/** Which way an item moves in an ordered list: up is towards the first place. */
public enum Direction {
	UP, DOWN
}
