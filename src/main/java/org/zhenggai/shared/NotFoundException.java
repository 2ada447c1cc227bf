package org.zhenggai.shared;

/** Something named by id does not exist (or must not be seen): answered with 404. */
public class NotFoundException extends RuntimeException {

	private final String entity;
	private final Object id;

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
		this.id = id;
	}

	public String entity() {
		return entity;
	}

	public Object id() {
		return id;
	}
}
