package org.zhenggai.documents.write;

/** The columns of the ledger as offices lay it out, with widths that fit A4 landscape. */
public enum LedgerColumn {

	NUMBER("序号", 6),
	CATEGORY("问题类别", 16),
	PROBLEM("问题", 28),
	MEASURE("整改措施", 40),
	RESPONSIBLE_LEADER("责任领导", 10),
	LEAD_DEPARTMENT("牵头科室", 12),
	RESPONSIBLE_PERSON("责任人", 10),
	DEADLINE("完成时限", 15),
	PROGRESS("整改进展", 40),
	STATUS("整改状态", 10);

	private final String header;

	private final int widthInChars;

	LedgerColumn(String header, int widthInChars) {
		this.header = header;
		this.widthInChars = widthInChars;
	}

	public String header() {
		return header;
	}

	/** Width in Excel's units: the width of one digit; a Chinese character takes two. */
	public int widthInChars() {
		return widthInChars;
	}

	public int index() {
		return ordinal();
	}
}
