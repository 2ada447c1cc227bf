package org.zhenggai.rectification;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence files live: a local folder by default; another store (an S3-compatible one) can
 * take its place without the rest of the module noticing.
 */
public interface EvidenceStore {

	/** Stores the bytes under a new key and returns the key. */
	String store(InputStream content) throws IOException;

	InputStream open(String key) throws IOException;

	void delete(String key) throws IOException;
}
