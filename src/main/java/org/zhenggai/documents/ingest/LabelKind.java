package org.zhenggai.documents.ingest;

/** What a labelled section (整改措施：…) of a problem holds. */
enum LabelKind {
	/** 整改措施, 整改举措 */
	MEASURES,
	/** 整改进度, 整改情况, 整改进展, 完成情况 */
	PROGRESS,
	/** 具体表现, 主要表现, 存在问题 */
	MANIFESTATIONS,
	/** 责任领导, 牵头单位, 完成时限 and the like: not read */
	OTHER
}
