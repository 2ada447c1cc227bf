package org.zhenggai.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.audit.AuditQuery;
import org.zhenggai.org.Action;
import org.zhenggai.org.AuditTrail;
import org.zhenggai.org.Performs;
import org.zhenggai.org.OrgService;
import org.zhenggai.rectification.LedgerFilter;
import org.zhenggai.rectification.LedgerQuery;
import org.zhenggai.rectification.LedgerRow;
import org.zhenggai.rectification.LedgerSort;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.NotFoundException;

/** The pages' other tables as workbooks: a department's tasks and the list of rounds. */
@Controller
class TableExports {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
	private static final java.util.Locale CHINESE = java.util.Locale.SIMPLIFIED_CHINESE;

	private final LedgerQuery ledger;
	private final AuditLog audit;
	private final AuditTrail auditTrail;
	private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(java.time.ZoneId.of("Asia/Shanghai"));
	private final RoundService rounds;
	private final OrgService org;
	private final MessageSource messages;
	private final Clock clock;
	private final TableWorkbook workbook = new TableWorkbook();

	TableExports(LedgerQuery ledger, RoundService rounds, OrgService org, MessageSource messages, Clock clock,
			AuditLog audit, AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
		this.audit = audit;
		this.ledger = ledger;
		this.rounds = rounds;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@Performs(Action.READ)
	@GetMapping("/my-tasks.xlsx")
	ResponseEntity<StreamingResponseBody> myTasks(@RequestParam long departmentId) {
		var department = org.findDepartment(departmentId).orElseThrow(() -> new NotFoundException("department", departmentId));
		audit.access(AuditAction.EXPORT, "department", departmentId, java.util.Map.of("table", "my-tasks"));
		var rows = ledger.acrossRounds(new LedgerFilter(null, departmentId, null, null, null, null), LedgerSort.DEADLINE,
				0, 10_000).content();
		var roundNames = new java.util.HashMap<Long, String>();
		var table = new ArrayList<List<String>>();
		for (LedgerRow r : rows) {
			String round = roundNames.computeIfAbsent(r.roundId(), id -> rounds.round(id).name());
			table.add(List.of(String.valueOf(table.size() + 1), round, r.problemTitle(), r.measureText(),
					text(r.leadDepartmentName()), String.join("、", r.assistingDepartmentNames()),
					r.deadline() == null ? label("MeasureKind.ONGOING") : CHINESE_DATE.format(r.deadline()),
					text(r.progressText()), status(r)));
		}
		var columns = List.of(new TableWorkbook.Column("序号", 6), new TableWorkbook.Column("巡察轮次", 20),
				new TableWorkbook.Column("问题", 30), new TableWorkbook.Column("整改措施", 40),
				new TableWorkbook.Column("牵头科室", 14), new TableWorkbook.Column("配合科室", 14),
				new TableWorkbook.Column("完成时限", 16), new TableWorkbook.Column("整改进展", 30),
				new TableWorkbook.Column("整改状态", 12));
		String title = department.name() + "整改任务（截至" + CHINESE_DATE.format(LocalDate.now(clock)) + "）";
		return DocumentsApi.file(department.name() + "-整改任务.xlsx", DocumentsApi.XLSX, out -> workbook.write(title, columns, table, out));
	}

	@Performs(Action.EXPORT)
	@GetMapping("/rounds.xlsx")
	ResponseEntity<StreamingResponseBody> rounds() {
		audit.access(AuditAction.EXPORT, "round", null, java.util.Map.of("table", "rounds"));
		var table = new ArrayList<List<String>>();
		for (var round : rounds.rounds(null)) {
			table.add(List.of(String.valueOf(table.size() + 1), round.name(), org.unit(round.unitId()).name(),
					label("RoundKind." + round.kind()), round.inspectionGroup(), date(round.feedbackDate()),
					date(round.rectificationDeadline())));
		}
		var columns = List.of(new TableWorkbook.Column("序号", 6), new TableWorkbook.Column("轮次名称", 26),
				new TableWorkbook.Column("被巡察单位", 24), new TableWorkbook.Column("巡察类型", 12),
				new TableWorkbook.Column("巡察组", 18), new TableWorkbook.Column("反馈时间", 16),
				new TableWorkbook.Column("集中整改期限", 16));
		return DocumentsApi.file("巡察轮次.xlsx", DocumentsApi.XLSX, out -> workbook.write("巡察轮次", columns, table, out));
	}

	private String status(LedgerRow row) {
		if (row.overdue()) {
			return "逾期";
		}
		return row.progressPhrase() == null ? label("MeasureStatus." + row.status())
				: label("ProgressPhrase." + row.progressPhrase());
	}

	/** The audit trail as the auditor narrowed it, newest first. */
	@Performs(Action.READ_AUDIT)
	@GetMapping("/audit.xlsx")
	ResponseEntity<StreamingResponseBody> auditTrail(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String text) {
		var records = auditTrail.export(new AuditQuery(actor, action, entityType, from, to, text)).content();
		var table = new ArrayList<List<String>>();
		for (var r : records) {
			table.add(List.of(String.valueOf(r.id()), AUDIT_TIME.format(r.occurredAt()), r.actor(),
					label("AuditAction." + r.action()), r.entityType(), r.entityId() == null ? "" : r.entityId().toString(),
					text(r.clientAddress()), text(r.beforeState()), text(r.afterState())));
		}
		var columns = List.of(new TableWorkbook.Column("编号", 8), new TableWorkbook.Column("时间", 20),
				new TableWorkbook.Column("账号", 14), new TableWorkbook.Column("操作", 10),
				new TableWorkbook.Column("对象", 16), new TableWorkbook.Column("对象编号", 10),
				new TableWorkbook.Column("来源地址", 16), new TableWorkbook.Column("变更前", 40),
				new TableWorkbook.Column("变更后", 40));
		String title = "审计记录（导出于" + CHINESE_DATE.format(LocalDate.now(clock)) + "）";
		return DocumentsApi.file("审计记录.xlsx", DocumentsApi.XLSX, out -> workbook.write(title, columns, table, out));
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, CHINESE);
	}

	private static String date(LocalDate date) {
		return date == null ? "" : CHINESE_DATE.format(date);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
