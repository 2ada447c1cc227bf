package org.zhenggai.shared;

/**
 * A step of a workflow taken out of order (closing without evidence, deciding a request twice,
 * replying to a closed notice): refused with 409 and the reason; nothing changes.
 */
public class StepRefusedException extends RefusalException {

	public StepRefusedException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
