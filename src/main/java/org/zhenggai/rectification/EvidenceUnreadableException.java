package org.zhenggai.rectification;

import java.io.IOException;

/** A stored evidence file that cannot be given back as it was stored: changed, cut off, or sealed under another key. */
class EvidenceUnreadableException extends IOException {

	EvidenceUnreadableException(String reason) {
		super(reason);
	}
}
