package org.zhenggai.shared;

/** A refusal whose reason is a message key with arguments, said in the reader's language. */
public abstract class RefusalException extends RuntimeException {

	private final String messageKey;
	private final Object[] args;

	protected RefusalException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}
}
