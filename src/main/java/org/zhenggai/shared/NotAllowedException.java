package org.zhenggai.shared;

/**
 * The step exists but this account may not take it (wrong role, another department's measure,
 * approving one's own request): refused with 403 and the reason; nothing changes.
 */
public class NotAllowedException extends RefusalException {

	public NotAllowedException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
