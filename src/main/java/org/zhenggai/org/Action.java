package org.zhenggai.org;

/**
 * What an account does, as the authorization table names it. Every endpoint and page declares one
 * with {@link Performs}; every service checks it with {@link Access} before it reads or changes.
 */
public enum Action {

	/** Pages and endpoints open to anyone: the login page, asking for a token, the public pages. */
	PUBLIC("open to anyone, logged in or not"),
	/** What concerns only the account itself: its notifications, its inbox, its password, its API tokens. */
	OWN_ACCOUNT("the account's own notifications, inbox, password and API tokens"),
	READ("read rounds, the ledger, problems, measures, progress and evidence"),
	READ_OVERVIEW("read a round's overview, warnings, closures, meetings, checks, accountability and rules"),
	EXPORT("export the ledger, the plan and the public report, and tables of a unit"),
	READ_ORG("read units, departments and people"),
	MANAGE_ORG("add departments and people"),
	MANAGE_UNITS("add units"),
	MANAGE_ACCOUNTS("add accounts, reset their passwords and revoke their tokens"),
	SET_UP("create rounds; set up categories, problems and measures; import documents"),
	REPORT_PROGRESS("report progress with evidence"),
	SIGN_OFF("sign for a measure received (签收)"),
	REQUEST_EXTENSION("ask for a later deadline (延期申请)"),
	DECIDE_EXTENSION("approve or refuse a later deadline"),
	ESCALATE("hand a measure to the level above"),
	REQUEST_CLOSURE("ask to close a measure (销号申请)"),
	REVIEW_CLOSURE("review a closure request as the office; confirm a problem closed"),
	APPROVE_CLOSURE("approve a closure as the responsible leader"),
	ISSUE_NOTICE("issue and close supervision notices (督办单)"),
	REPLY_NOTICE("reply to a supervision notice"),
	SCAN_WARNINGS("run the warning scan on demand"),
	RECORD_OVERSIGHT("record dispatch meetings, spot checks, rules, look-backs and recurrences"),
	RECORD_ACCOUNTABILITY("record accountability actions (问责)"),
	REGISTER("read and keep the register of clues and petitions"),
	READ_AUDIT("search and export the audit trail"),
	PREPARE_PUBLICATION("prepare, edit and publish the public report (整改情况通报)"),
	APPROVE_PUBLICATION("approve the public report for publication"),
	READ_OPINIONS("read the opinions sent by the public (群众意见建议)"),
	HANDLE_OPINION("assign, answer, link and close opinions from the public"),
	READ_OFFICE_ROUNDS("read rounds of inspections across units: figures, ranking, ratings and common problems"),
	MANAGE_OFFICE_ROUNDS("record rounds of inspections (巡察轮次) and put unit rounds into them"),
	RATE_UNIT("rate a unit's rectification 好 / 中 / 差 with a reason"),
	PUBLISH_COMMON_PROBLEMS("group, title and publish the common problems (共性问题清单) of a round of inspections");

	private final String description;

	Action(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}
}
