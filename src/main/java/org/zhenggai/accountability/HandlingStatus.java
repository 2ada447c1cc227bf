package org.zhenggai.accountability;

/** Where a clue or petition stands: registered, being handled, handed to another body, concluded. */
public enum HandlingStatus {
	RECEIVED, HANDLING, HANDED_OVER, CONCLUDED
}
