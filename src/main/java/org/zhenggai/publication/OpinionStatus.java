package org.zhenggai.publication;

/** How far an opinion from the public has been handled; the sender sees it on the status page. */
public enum OpinionStatus {
	RECEIVED, ASSIGNED, REPLIED, HANDLED
}
