package org.zhenggai.supervision;

/** What a notification is about; the subject line says it in Chinese. */
public enum NotificationKind {

	WARNING_YELLOW("整改措施临期"), WARNING_RED("整改措施逾期"), SUPERVISION_NOTICE("督办单"),
	NOTICE_ESCALATED("督办单逾期未回复"), CLOSURE_RETURNED("销号申请被退回");

	private final String subject;

	NotificationKind(String subject) {
		this.subject = subject;
	}

	public String subject() {
		return subject;
	}
}
