package org.zhenggai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhenggai.support.LedgerFixture;

/**
 * The fixture's round with the work 办公室 meets in a real month, made through the API: one
 * measure in each state the pages tell apart, one it only assists, and one that is not its own.
 */
final class Workload {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	final LedgerFixture unit;
	/** Led by 办公室, three days late. */
	final long overdue;
	/** Led by 办公室, due in three days. */
	final long dueSoon;
	/** Led by 办公室, due in twenty days, with a long text. */
	final long later;
	/** Led by 办公室, reported 已完成整改. */
	final long completed;
	/** Led by 办公室, 长期坚持 without a deadline. */
	final long ongoing;
	/** Led by 基础教育科 with 办公室 assisting, due in thirty days. */
	final long assisted;
	/** Led by 基础教育科 alone, due in five days. */
	final long notOurs;

	private Workload(LedgerFixture unit) {
		this.unit = unit;
		this.overdue = unit.measure("开展会议记录专项检查", unit.officeId, -3);
		this.dueSoon = unit.measure("完善党组会议记录模板", unit.officeId, 3);
		this.later = unit.measure("组织全局机关干部开展会议记录规范专题培训，逐项对照党组会议、局长办公会议和专题会议的记录要求，"
				+ "查找并整改记录要素缺失、表决情况记录不全、会后签字确认不及时等问题，形成培训纪要和整改清单", unit.officeId, 20);
		this.completed = unit.measure("补齐2025年以来缺失的会议记录", unit.officeId, 15);
		created(unit.api.post("/api/v1/measures/{id}/progress",
				Map.of("text", "已补齐全部缺失记录并经分管领导审核", "phrase", "COMPLETED"), completed));
		this.ongoing = created(unit.api.post("/api/v1/problems/{id}/measures", Map.of("text", "坚持每月抽查会议记录",
				"kind", "ONGOING", "leadDepartmentId", unit.officeId, "responsiblePersonId", unit.staffId),
				unit.problemId));
		var assistedBody = new HashMap<String, Object>();
		assistedBody.put("text", "规范学校会议记录报送流程");
		assistedBody.put("kind", "BY_DEADLINE");
		assistedBody.put("deadline", TODAY.plusDays(30).toString());
		assistedBody.put("leadDepartmentId", unit.teachingId);
		assistedBody.put("assistingDepartmentIds", List.of(unit.officeId));
		assistedBody.put("responsiblePersonId", unit.staffId);
		this.assisted = created(unit.api.post("/api/v1/problems/{id}/measures", assistedBody, unit.problemId));
		this.notOurs = unit.measure("规范基础教育科会议记录", unit.teachingId, 5);
	}

	static Workload of(LedgerFixture unit) {
		return new Workload(unit);
	}

	private static long created(org.zhenggai.support.Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.id();
	}
}
