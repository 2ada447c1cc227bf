package org.zhenggai.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the ledger workbook, the plan (整改方案) and the public report (整改情况通报) show about
 * one inspection round of one unit. The ledger module maps its data onto this tree; the writers only
 * read it. Texts are plain Chinese as they should appear; dates are formatted by the writers.
 *
 * @param unit the inspected unit and how the public reaches it
 * @param round the inspection round
 * @param leadingGroup the rectification leading group (整改工作领导小组)
 * @param organisation further items of part 一 (how the work was organised), after the leading group
 * @param categories the feedback: categories, their problems and the measures of each problem
 * @param nextSteps part 三 (下一步工作打算)
 * @param plan what only the plan document needs
 * @param reportDate the date the public report is issued (成文日期)
 */
public record ReportModel(Unit unit, Round round, LeadingGroup leadingGroup, List<Section> organisation,
		List<Category> categories, List<Section> nextSteps, Plan plan, LocalDate reportDate) {

	public ReportModel {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(round, "round");
		Objects.requireNonNull(leadingGroup, "leadingGroup");
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(reportDate, "reportDate");
		organisation = List.copyOf(organisation);
		categories = List.copyOf(categories);
		nextSteps = List.copyOf(nextSteps);
	}

	/** The figures reports quote; computed from the tree so they never disagree with it. */
	public Counts counts() {
		int problems = 0;
		int measures = 0;
		int completed = 0;
		for (Category category : categories) {
			problems += category.problems().size();
			for (Problem problem : category.problems()) {
				for (Measure measure : problem.measures()) {
					measures++;
					if (measure.completed() || measure.closed()) {
						completed++;
					}
				}
			}
		}
		return new Counts(categories.size(), problems, measures, completed, measures - completed);
	}

	/**
	 * 被巡察单位.
	 *
	 * @param name the unit as the ledger names it, e.g. 某区教育局
	 * @param partyOrganisation the body that was inspected and owns the rectification, e.g. 某区教育局党组
	 * @param issuer who signs the documents, e.g. 中共某区教育局党组
	 * @param contact where the public sends opinions
	 */
	public record Unit(String name, String partyOrganisation, String issuer, Contact contact) {
	}

	/** Contact channels printed under the public report; blank ones are left out. */
	public record Contact(String phone, String postalAddress, String postcode, String email) {
	}

	/**
	 * 巡察轮次.
	 *
	 * @param name e.g. 十三届区委第六轮巡察
	 * @param kind the RoundKind label, e.g. 常规巡察
	 * @param inspectingBody e.g. 区委
	 * @param inspectionGroup e.g. 区委第三巡察组
	 * @param stationingStart first day of 进驻
	 * @param stationingEnd last day of 进驻
	 * @param feedbackDate when the opinions were handed over (反馈)
	 * @param rectificationDeadline end of the concentrated period (集中整改期限)
	 */
	public record Round(String name, String kind, String inspectingBody, String inspectionGroup,
			LocalDate stationingStart, LocalDate stationingEnd, LocalDate feedbackDate,
			LocalDate rectificationDeadline) {
	}

	/** 整改工作领导小组; members as the documents print them, e.g. 党组书记、局长张某某同志. */
	public record LeadingGroup(String head, List<String> deputyHeads, String members) {

		public LeadingGroup {
			deputyHeads = List.copyOf(deputyHeads);
		}
	}

	/** A numbered item of a part, e.g. （二）细化整改任务 and its text; a blank heading prints the text alone. */
	public record Section(String heading, String text) {
	}

	/** 问题类别, e.g. 落实全面从严治党主体责任不到位方面. */
	public record Category(String title, List<Problem> problems) {

		public Category {
			problems = List.copyOf(problems);
		}
	}

	/**
	 * 问题: the unit of 一问一案.
	 *
	 * @param number the number the documents print (1. 2. …), as the feedback counts them
	 * @param title the problem as the feedback states it
	 * @param manifestations 具体表现, printed in the plan
	 * @param causeAnalysis 原因分析, printed in the plan
	 * @param responsibleLeader 责任领导 of the whole problem
	 * @param leadDepartment 牵头科室 of the whole problem
	 * @param progressPhrase the ProgressPhrase label for the problem, e.g. 已完成整改并长期坚持
	 */
	public record Problem(int number, String title, List<String> manifestations, String causeAnalysis,
			String responsibleLeader, String leadDepartment, List<Measure> measures, String progressPhrase) {

		public Problem {
			manifestations = List.copyOf(manifestations);
			measures = List.copyOf(measures);
		}
	}

	/**
	 * 整改措施 and its state on the ledger.
	 *
	 * @param text what will be done
	 * @param kind the MeasureKind label, e.g. 立行立改, 限期整改, 长期坚持
	 * @param deadline 完成时限; {@code null} for work without a date (长期坚持)
	 * @param progress the latest progress text (整改进展)
	 * @param progressPhrase the ProgressPhrase label, e.g. 已完成整改
	 * @param status the status label shown on the ledger, one of {@link LedgerWorkbook#STATUSES}
	 * @param completed the work is done (green on the ledger)
	 * @param overdue the deadline passed without the work done (red on the ledger)
	 * @param closed the measure was closed after review (已销号, grey on the ledger)
	 */
	public record Measure(String text, String kind, String responsibleLeader, String leadDepartment,
			String responsiblePerson, LocalDate deadline, String progress, String progressPhrase, String status,
			boolean completed, boolean overdue, boolean closed) {
	}

	/**
	 * What only the plan (整改方案) prints.
	 *
	 * @param documentNumber the full 文号, e.g. 区教党〔2024〕5号
	 * @param issuedOn the date of the plan
	 * @param guidingThought 指导思想; blank for the standard wording
	 * @param requirements 工作要求; empty for the standard ones
	 */
	public record Plan(String documentNumber, LocalDate issuedOn, String guidingThought, List<Section> requirements) {

		public Plan {
			requirements = List.copyOf(requirements);
		}
	}

	/** Counts quoted by the documents: 问题3大类8个, 整改措施20项, 已完成15项, 正在整改5项. */
	public record Counts(int categories, int problems, int measures, int completedMeasures,
			int measuresInProgress) {
	}
}
