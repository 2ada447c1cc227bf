package org.zhenggai.shared;

/**
 * A stored file that cannot be given back as it was stored (changed on disk or in the object store,
 * or encrypted under a key the server does not have): answered with 500 and a message that says so,
 * never with altered content.
 */
public class UnreadableFileException extends RuntimeException {

	private final String fileName;
	private final Object id;

	public UnreadableFileException(String fileName, Object id) {
		super("stored file " + id + " cannot be read back intact");
		this.fileName = fileName;
		this.id = id;
	}

	public String fileName() {
		return fileName;
	}

	public Object id() {
		return id;
	}
}
