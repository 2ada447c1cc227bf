package org.zhenggai.documents.ingest;

/** Whether a document reports rectification or hands over the feedback. */
enum DocumentKind {
	/** 整改情况通报: items under a problem are measures, and a problem without one is worth a warning. */
	REPORT,
	/** 反馈意见: items under a problem are its manifestations. */
	FEEDBACK
}
