package org.zhenggai.shared;

/** Someone changed the record since the caller read it: answered with 409, nothing written. */
public class StaleVersionException extends RuntimeException {

	private final String entity;
	private final Object id;
	private final Integer currentVersion;

	public StaleVersionException(String entity, Object id, Integer currentVersion) {
		super(entity + " " + id + " was changed meanwhile");
		this.entity = entity;
		this.id = id;
		this.currentVersion = currentVersion;
	}

	public String entity() {
		return entity;
	}

	public Object id() {
		return id;
	}

	public Integer currentVersion() {
		return currentVersion;
	}
}
