package org.zhenggai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.feedback.FeedbackService;
import org.zhenggai.feedback.NewCategory;
import org.zhenggai.feedback.NewProblem;
import org.zhenggai.mechanism.CommonProblemService;
import org.zhenggai.org.AccountService;
import org.zhenggai.org.NewAccount;
import org.zhenggai.org.NewDepartment;
import org.zhenggai.org.Role;
import org.zhenggai.org.NewPerson;
import org.zhenggai.org.NewUnit;
import org.zhenggai.org.OrgService;
import org.zhenggai.publication.PublicationService;
import org.zhenggai.rectification.MeasureService;
import org.zhenggai.rectification.NewMeasure;
import org.zhenggai.rectification.NewProgress;
import org.zhenggai.rectification.MeasureKind;
import org.zhenggai.round.NewOfficeRound;
import org.zhenggai.round.NewRound;
import org.zhenggai.round.OfficeRoundService;
import org.zhenggai.round.RoundKind;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.ZhenggaiProperties;

/**
 * Creates the demo on first start when {@code zhenggai.demo} is on and no round exists yet. All
 * names are fictional. Dates are set relative to today so the ledger always shows completed, due
 * and overdue work.
 */
@Component
@Order(10)
@ConditionalOnProperty(prefix = "zhenggai", name = "server-tasks", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** The demo's fictional accounts share one published password; they exist only with demo data. */
	static final String DEMO_PASSWORD = "Demo#2026zg";

	private static final List<String> DEPARTMENTS = List.of("办公室", "组织人事科", "基础教育科", "职业与成人教育科",
			"体育科", "计划财务科", "安全管理科", "教育督导室");

	private final ZhenggaiProperties properties;
	private final OrgService org;
	private final RoundService rounds;
	private final FeedbackService feedback;
	private final MeasureService measures;
	private final Clock clock;
	private final AccountService accounts;
	private final PublicationService publications;
	private final OfficeRoundService officeRounds;
	private final CommonProblemService commonProblems;

	DemoData(ZhenggaiProperties properties, OrgService org, RoundService rounds, FeedbackService feedback,
			MeasureService measures, Clock clock, AccountService accounts, PublicationService publications,
			OfficeRoundService officeRounds, CommonProblemService commonProblems) {
		this.accounts = accounts;
		this.publications = publications;
		this.commonProblems = commonProblems;
		this.officeRounds = officeRounds;
		this.properties = properties;
		this.org = org;
		this.rounds = rounds;
		this.feedback = feedback;
		this.measures = measures;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demo() || rounds.anyRoundExists()) {
			return;
		}
		var today = LocalDate.now(clock);
		LocalDate feedbackDate = today.minusDays(75);
		var inspectionOffice = org.createUnit(new NewUnit("中共云溪区委巡察工作领导小组办公室", null, null, "0000-12340000",
				"云溪区人民路1号", "100000", null));
		var officeRound = officeRounds.create(new NewOfficeRound(inspectionOffice.id(), "云溪区委第五轮巡察", "云溪区委",
				feedbackDate.minusDays(100)));
		var unit = org.createUnit(new NewUnit("云溪区教育和体育局", inspectionOffice.id(), "中共云溪区教育和体育局党组",
				"0000-12345678", "云溪区文昌路88号", "100000", "xczg@example.org"));
		var departments = new HashMap<String, Long>();
		DEPARTMENTS.forEach(name -> departments.put(name, org.createDepartment(unit.id(), new NewDepartment(name)).id()));
		var people = new HashMap<String, Long>();
		person(people, unit.id(), "林晓东", "党组书记、局长", null, true);
		person(people, unit.id(), "周文华", "党组成员、副局长", null, true);
		person(people, unit.id(), "陈立新", "党组成员、副局长", null, true);
		person(people, unit.id(), "赵明", "办公室主任", departments.get("办公室"), false);
		person(people, unit.id(), "孙婷", "组织人事科科长", departments.get("组织人事科"), false);
		person(people, unit.id(), "吴强", "基础教育科科长", departments.get("基础教育科"), false);
		person(people, unit.id(), "郑丽", "职业与成人教育科科长", departments.get("职业与成人教育科"), false);
		person(people, unit.id(), "钱进", "体育科科长", departments.get("体育科"), false);
		person(people, unit.id(), "冯佳", "计划财务科科长", departments.get("计划财务科"), false);
		person(people, unit.id(), "何平", "安全管理科科长", departments.get("安全管理科"), false);

		var round = rounds.create(new NewRound("云溪区委第五轮巡察", RoundKind.SPECIAL, "云溪区委", "区委第二巡察组", unit.id(),
				feedbackDate.minusDays(100), feedbackDate.minusDays(40), feedbackDate, feedbackDate.plusDays(90),
				"云教体党发〔" + feedbackDate.getYear() + "〕23号",
				List.of(new NewRound.NewStage("制定整改方案", feedbackDate, feedbackDate.plusDays(13)),
						new NewRound.NewStage("集中整改", feedbackDate, feedbackDate.plusDays(90)),
						new NewRound.NewStage("建立长效机制", feedbackDate, feedbackDate.plusDays(180)),
						new NewRound.NewStage("上报整改报告", feedbackDate.plusDays(60), feedbackDate.plusDays(120))),
				officeRound.id()));

		var context = new Context(today, departments, people);
		for (var category : DemoRound.CATEGORIES) {
			long categoryId = feedback.addCategory(round.id(), new NewCategory(category.title())).id();
			for (var problem : category.problems()) {
				long problemId = feedback.addProblem(categoryId, new NewProblem(problem.title(), problem.cause(),
						people.get(problem.leader()), departments.get(problem.department()), problem.manifestations())).id();
				for (var measure : problem.measures()) {
					addMeasure(context, problemId, measure);
				}
			}
		}
		// One published report, so that the public pages (/public) show what the public would read.
		var report = publications.prepare(round.id(), false);
		var approved = publications.approve(report.id(), report.version());
		publications.publish(approved.id(), today, approved.version());
		for (var other : DemoOffice.UNITS) {
			addInspectedUnit(today, inspectionOffice.id(), officeRound.id(), feedbackDate, other);
		}
		// Grouped once, so the office finds groups to title and confirm; publishing stays its decision.
		commonProblems.group(officeRound.id());
		// The demo's password is published: forcing its change would only lock out the next visitor.
		accounts.addAccount(inspectionOffice.id(), new NewAccount("xcb", "区委巡察办", Role.INSPECTION_OFFICE, null,
				DEMO_PASSWORD), false);
		accounts.addAccount(unit.id(), new NewAccount("office", "整改办", Role.OFFICE, departments.get("办公室"), DEMO_PASSWORD),
				false);
		accounts.addAccount(unit.id(), new NewAccount("jcjyk", "基础教育科", Role.DEPARTMENT, departments.get("基础教育科"),
				DEMO_PASSWORD), false);
		log.info("Demo data created: unit '{}', round '{}'", unit.name(), round.name());
		System.out.printf("==== 演示账号 / Demo accounts: office（整改办）、jcjyk（基础教育科）、xcb（巡察办 / inspection office） 密码 %s ====%n",
				DEMO_PASSWORD);
	}

	/** Another unit inspected in the same round of inspections, with its problems, measures and progress. */
	private void addInspectedUnit(LocalDate today, long officeId, long officeRoundId, LocalDate feedbackDate,
			DemoOffice.DemoUnit demo) {
		var unit = org.createUnit(new NewUnit(demo.name(), officeId, demo.partyBody(), null, null, null, null));
		var round = rounds.create(new NewRound("云溪区委第五轮巡察", RoundKind.REGULAR, "云溪区委", "区委第一巡察组", unit.id(),
				feedbackDate.minusDays(100), feedbackDate.minusDays(40), feedbackDate, feedbackDate.plusDays(90), null,
				null, officeRoundId));
		long categoryId = feedback.addCategory(round.id(), new NewCategory("巡察反馈问题")).id();
		for (var problem : demo.problems()) {
			long problemId = feedback.addProblem(categoryId, new NewProblem(problem.title(), null, null, null, null)).id();
			for (var measure : problem.measures()) {
				var created = measures.addMeasure(problemId, new NewMeasure(measure.text(), MeasureKind.BY_DEADLINE, null,
						null, List.of(), null, today.plusDays(measure.deadlineInDays()), null));
				if (measure.phrase() != null) {
					measures.reportProgress(created.id(), new NewProgress(today.minusDays(measure.reportedDaysAgo()),
							"已按计划推进", measure.phrase()), List.of());
				}
			}
		}
	}

	private void addMeasure(Context context, long problemId, DemoRound.DemoMeasure measure) {
		LocalDate deadline = measure.deadlineInDays() == null ? null : context.today().plusDays(measure.deadlineInDays());
		var created = measures.addMeasure(problemId, new NewMeasure(measure.text(), measure.kind(), null,
				context.departments().get(measure.department()), List.of(), context.people().get(measure.person()),
				deadline, measure.target()));
		for (var report : measure.reports()) {
			measures.reportProgress(created.id(),
					new NewProgress(context.today().minusDays(report.daysAgo()), report.text(), report.phrase()), List.of());
		}
	}

	private void person(Map<String, Long> people, long unitId, String name, String title, Long departmentId,
			boolean leader) {
		people.put(name, org.createPerson(unitId, new NewPerson(name, title, departmentId, leader, null)).id());
	}

	private record Context(LocalDate today, Map<String, Long> departments, Map<String, Long> people) {
	}
}
