package org.zhenggai.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a province: the province's own unit, its cities and counties, and under the counties the
 * inspected units, each with departments, people and one inspection round whose problem list,
 * measures, progress reports and closures look like real ones. The proportions follow what real
 * rounds show: 20 to 40 problems in 3 to 6 categories, 3 to 6 measures each, most measures finished
 * on time, some late, a few stuck; completed work mostly closed after review. Everything follows
 * from the seed and the date taken as today.
 */
final class ProvinceGenerator {

	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	private static final String SYLLABLES = "云溪青平安宁丰泰和兴华阳江河山林松柳桂梅兰竹石川原东西南北中新永长临清德福庆远";
	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力红玲峰林晓东新立志宏海波宁斌鹏飞云凤婷丹颖";
	private static final List<String> BUREAUS = List.of("教育局", "卫生健康局", "财政局", "自然资源局", "住房和城乡建设局", "交通运输局",
			"农业农村局", "水利局", "商务局", "文化和旅游局", "市场监督管理局", "民政局", "人力资源和社会保障局", "生态环境局",
			"应急管理局", "统计局", "医疗保障局", "退役军人事务局", "机关事务管理局", "城市管理局");
	private static final List<String> DEPARTMENTS = List.of("办公室", "组织人事科", "计划财务科", "政策法规科", "综合业务科",
			"监督检查科", "规划发展科", "安全管理科", "行政审批科", "机关党委", "信息中心", "督查室");
	private static final List<String> STAGES = List.of("制定整改方案", "集中整改", "建立长效机制", "上报整改报告");
	private static final List<String> TARGETS = List.of("按期完成并形成长效机制", "问题全部整改到位", "制度印发并执行", "台账清零");

	private final Vocabulary words;
	private final BulkWriter out;
	private final Connection connection;
	private final Map<Table, long[]> nextIds;
	private final int units;
	private final long seed;
	private final LocalDate today;
	private final OfficeLevel officeLevel;

	ProvinceGenerator(Vocabulary words, BulkWriter out, Connection connection, Map<Table, long[]> nextIds, int units,
			long seed, LocalDate today, OfficeLevel officeLevel) {
		this.officeLevel = officeLevel;
		this.words = words;
		this.out = out;
		this.connection = connection;
		this.nextIds = nextIds;
		this.units = units;
		this.seed = seed;
		this.today = today;
	}

	/** Writes the whole province; returns the id of its top unit. */
	long generate() throws SQLException {
		out.begin(connection);
		var random = new SplittableRandom(seed);
		String provinceName = name(random, 2) + "省";
		long province = unit(null, provinceName, "中共" + provinceName + "委员会", today.minusDays(1500));
		Long provinceRound = officeLevel == OfficeLevel.PROVINCE ? officeRound(province, provinceName) : null;
		int cityCount = Math.max(1, Math.min(16, (units + 699) / 700));
		int countyCount = Math.max(cityCount, (units + 99) / 100);
		var cities = new ArrayList<Long>();
		for (int c = 0; c < cityCount; c++) {
			String city = name(random, 2) + "市";
			cities.add(unit(province, city, "中共" + city + "委员会", today.minusDays(1500)));
		}
		var counties = new ArrayList<long[]>();
		var countyNames = new ArrayList<String>();
		for (int c = 0; c < countyCount; c++) {
			String county = name(random, 2) + (random.nextInt(3) == 0 ? "区" : "县");
			countyNames.add(county);
			long countyUnit = unit(cities.get(c % cityCount), county, "中共" + county + "委员会", today.minusDays(1500));
			// [the county's unit, the round of inspections its units' rounds belong to]
			counties.add(new long[] { countyUnit,
					provinceRound != null ? provinceRound : officeRound(countyUnit, county) });
		}
		var roundsOfCounty = new int[countyCount];
		for (int i = 0; i < units; i++) {
			int county = i % countyCount;
			// each unit's own stream: its data does not change when the number of units does
			var unitRandom = new SplittableRandom(seed * 1_000_003L + i);
			inspectedUnit(unitRandom, counties.get(county), countyNames.get(county), ++roundsOfCounty[county]);
			out.flushIfFull(connection);
		}
		out.finish(connection);
		return province;
	}

	/**
	 * The round of inspections run by the office of the given unit (a county, or the province), from
	 * before the earliest generated stationing; its common problems are not yet published.
	 */
	private long officeRound(long office, String officeName) {
		long id = id(Tables.OFFICE_ROUND);
		LocalDate startsOn = OfficeLevel.startsOn(today);
		out.add(Tables.OFFICE_ROUND, id, office, officeLevel.roundName(officeName), officeName + "委", startsOn, null, null,
				0, at(startsOn));
		return id;
	}

	/** One inspected unit below the county {@code county[0]}, its round in the round of inspections {@code county[1]}. */
	private void inspectedUnit(SplittableRandom random, long[] county, String countyName, int roundNumber) {
		String bureau = BUREAUS.get(random.nextInt(BUREAUS.size()));
		String name = countyName + bureau;
		LocalDate feedback = today.minusDays(random.nextInt(1000));
		long unit = unit(county[0], name, "中共" + name + "党组", feedback.minusDays(200));
		Instant setUp = at(feedback.minusDays(200));

		var departmentNames = new ArrayList<>(DEPARTMENTS);
		Collections.shuffle(departmentNames, new java.util.Random(random.nextLong()));
		int departmentCount = 6 + random.nextInt(5);
		var departments = new long[departmentCount];
		var heads = new long[departmentCount];
		for (int d = 0; d < departmentCount; d++) {
			departments[d] = id(Tables.DEPARTMENT);
			out.add(Tables.DEPARTMENT, departments[d], unit, departmentNames.get(d), d + 1, null, 0, setUp);
		}
		var leaders = new long[3];
		for (int l = 0; l < leaders.length; l++) {
			leaders[l] = id(Tables.PERSON);
			out.add(Tables.PERSON, leaders[l], unit, null, person(random), l == 0 ? "党组书记、局长" : "党组成员、副局长", true,
					null, 0, setUp);
		}
		for (int d = 0; d < departmentCount; d++) {
			heads[d] = id(Tables.PERSON);
			out.add(Tables.PERSON, heads[d], unit, departments[d], person(random), departmentNames.get(d) + "负责人", false,
					null, 0, setUp);
		}

		long round = id(Tables.ROUND);
		int group = 1 + random.nextInt(6);
		String kind = random.nextInt(10) < 7 ? "REGULAR" : random.nextBoolean() ? "SPECIAL" : "MOBILE";
		String planNumber = "党组发〔" + feedback.getYear() + "〕" + (1 + random.nextInt(60)) + "号";
		int[][] stageDays = { { 0, 13 }, { 0, 90 }, { 0, 180 }, { 60, 120 } };
		for (int s = 0; s < STAGES.size(); s++) {
			out.add(Tables.STAGE, round, s + 1, STAGES.get(s), feedback.plusDays(stageDays[s][0]),
					feedback.plusDays(stageDays[s][1]));
		}

		var categoryTitles = new ArrayList<>(words.section("category"));
		Collections.shuffle(categoryTitles, new java.util.Random(random.nextLong()));
		int categoryCount = Math.min(categoryTitles.size(), 3 + random.nextInt(4));
		int problemCount = 20 + random.nextInt(21);
		var context = new UnitContext(unit, round, feedback, departments, heads, leaders, new Tally());
		int problemPosition = 0;
		for (int c = 0; c < categoryCount; c++) {
			long category = id(Tables.CATEGORY);
			out.add(Tables.CATEGORY, category, round, c + 1, categoryTitles.get(c), 0, at(feedback.plusDays(3)));
			int inCategory = problemCount / categoryCount + (c < problemCount % categoryCount ? 1 : 0);
			for (int p = 0; p < inCategory; p++) {
				problem(random, context, category, ++problemPosition);
			}
		}
		// written after its measures, with their figures as the application keeps them on the round (V12);
		// rows reach the database per table at each flush, parents first, so the order here does not matter
		var tally = context.tally();
		out.add(Tables.ROUND, round, county[1], countyName + "委第" + roundNumber + "轮巡察（" + bureau + "）", kind, countyName + "委",
				countyName + "委第" + group + "巡察组", unit, feedback.minusDays(100), feedback.minusDays(40), feedback,
				feedback.plusDays(90), planNumber, tally.measures, tally.completed, tally.lastReport, 0,
				at(feedback.plusDays(3)));
	}

	private void problem(SplittableRandom random, UnitContext unit, long category, int position) {
		long problem = id(Tables.PROBLEM);
		long leader = unit.leaders()[random.nextInt(unit.leaders().length)];
		int lead = random.nextInt(unit.departments().length);
		String topic = words.pick("topic", random);
		out.add(Tables.PROBLEM, problem, unit.round(), category, position, words.pick("problem", random),
				"对" + topic + "重视不够，" + words.pick("shortcoming", random) + "，监督检查和责任落实存在薄弱环节。", leader,
				unit.departments()[lead], 0, at(unit.feedback().plusDays(3)));
		int manifestations = 1 + random.nextInt(3);
		for (int m = 0; m < manifestations; m++) {
			String text = (m == 0 ? topic : words.pick("topic", random)) + words.pick("shortcoming", random);
			out.add(Tables.MANIFESTATION, problem, m + 1, text);
		}
		int roll = random.nextInt(100);
		int measures = roll < 35 ? 3 : roll < 70 ? 4 : roll < 90 ? 5 : 6;
		LocalDate lastClosed = null;
		boolean allClosed = true;
		for (int m = 0; m < measures; m++) {
			LocalDate closed = measure(random, unit, problem, m + 1, leader, lead);
			if (closed == null) {
				allClosed = false;
			}
			else if (lastClosed == null || closed.isAfter(lastClosed)) {
				lastClosed = closed;
			}
		}
		if (allClosed && random.nextInt(100) < 85) {
			LocalDate confirmed = min(lastClosed.plusDays(1 + random.nextInt(10)), today);
			out.add(Tables.PROBLEM_CLOSURE, problem, "office" + unit.unit(), at(confirmed));
		}
	}

	/** Writes one measure with its reports and closure; returns the day it was closed, or null. */
	private LocalDate measure(SplittableRandom random, UnitContext unit, long problem, int position, long leader,
			int problemLead) {
		long measure = id(Tables.MEASURE);
		LocalDate feedback = unit.feedback();
		int kindRoll = random.nextInt(100);
		String kind = kindRoll < 20 ? "IMMEDIATE" : kindRoll < 85 ? "BY_DEADLINE" : "ONGOING";
		LocalDate deadline = switch (kind) {
			case "IMMEDIATE" -> feedback.plusDays(15 + random.nextInt(31));
			case "BY_DEADLINE" -> feedback.plusDays(60 + random.nextInt(306));
			default -> random.nextBoolean() ? null : feedback.plusDays(180 + random.nextInt(186));
		};
		int lead = random.nextInt(4) == 0 ? random.nextInt(unit.departments().length) : problemLead;
		long planned = deadline == null ? 365 : ChronoUnit.DAYS.between(feedback, deadline);
		int fate = random.nextInt(100);
		// 70 on time, 22 late, 8 stuck
		LocalDate completedOn = fate >= 92 ? null
				: feedback.plusDays(Math.max(7, Math.round(planned * (fate < 70 ? 0.4 + 0.6 * random.nextDouble()
						: 1.0 + 0.6 * random.nextDouble()))));
		boolean completed = completedOn != null && !completedOn.isAfter(today);
		LocalDate closedOn = null;
		if (completed && ChronoUnit.DAYS.between(completedOn, today) >= 20 && random.nextInt(100) < 75) {
			closedOn = completedOn.plusDays(7 + random.nextInt((int) Math.min(54, ChronoUnit.DAYS.between(completedOn, today) - 6)));
		}
		String text = words.pick("measure", random);
		String target = random.nextInt(5) == 0 ? TARGETS.get(random.nextInt(TARGETS.size())) : null;
		Instant created = at(feedback.plusDays(1 + random.nextInt(14)));
		if (random.nextInt(3) == 0) {
			int assisting = random.nextInt(unit.departments().length);
			if (assisting != lead) {
				out.add(Tables.ASSISTING, measure, unit.departments()[assisting]);
			}
		}
		LocalDate lastReport = progress(random, unit, measure, kind, completed ? completedOn : null);
		// The status the application keeps on the measure (MeasureStatus.STORED_SQL): the last report of
		// completed work completes it.
		String status = closedOn != null ? "CLOSED" : completed && lastReport != null ? "COMPLETED"
				: lastReport != null ? "IN_PROGRESS" : "NOT_STARTED";
		out.add(Tables.MEASURE, measure, unit.round(), problem, position, text, kind, leader,
				unit.departments()[lead], unit.heads()[lead], deadline, target, closedOn, status, lastReport, 0, created);
		unit.tally().add(status, lastReport);
		if (closedOn != null) {
			Instant requested = at(completedOn.plusDays(3));
			out.add(Tables.CLOSURE_REQUEST, id(Tables.CLOSURE_REQUEST), measure, "整改措施已全部落实，佐证材料齐全，申请销号。",
					"CLOSED", "dept" + unit.departments()[lead], requested, "office" + unit.unit(),
					at(completedOn.plusDays(5)), null, "leader" + leader, at(closedOn), 2);
		}
		else if (completed && random.nextInt(100) < 30) {
			out.add(Tables.CLOSURE_REQUEST, id(Tables.CLOSURE_REQUEST), measure, "整改措施已落实，申请销号。", "SUBMITTED",
					"dept" + unit.departments()[lead], at(min(completedOn.plusDays(3), today)), null, null, null, null,
					null, 0);
		}
		return closedOn;
	}

	/**
	 * Reports spread from a week after feedback to completion, or to today while work goes on;
	 * returns the day of the last, or null when there is none.
	 */
	private LocalDate progress(SplittableRandom random, UnitContext unit, long measure, String kind, LocalDate completedOn) {
		LocalDate first = unit.feedback().plusDays(7);
		LocalDate last = completedOn != null ? completedOn : today;
		if (last.isBefore(first)) {
			return null;
		}
		long span = ChronoUnit.DAYS.between(first, last);
		int count;
		if (completedOn != null) {
			count = 2 + random.nextInt(6);
		}
		else {
			count = random.nextInt(10) == 0 ? 0 : (int) Math.min(8, 1 + span / 45);
		}
		String author = "dept" + unit.departments()[0];
		for (int r = 0; r < count; r++) {
			LocalDate on = count == 1 ? last : first.plusDays(span * r / (count - 1));
			boolean final_ = completedOn != null && r == count - 1;
			String phrase = final_ ? (kind.equals("ONGOING") ? "COMPLETED_ONGOING" : "COMPLETED")
					: kind.equals("ONGOING") && random.nextInt(4) == 0 ? "LONG_TERM" : "IN_PROGRESS";
			String text = final_ ? words.pick("progress", random) : words.pick("under-way", random);
			out.add(Tables.PROGRESS, id(Tables.PROGRESS), measure, on, text, phrase, author, 0, at(on));
		}
		return count == 0 ? null : last;
	}

	private long unit(Long parent, String name, String partyBody, LocalDate createdOn) {
		long id = id(Tables.UNIT);
		out.add(Tables.UNIT, id, parent, name, partyBody, null, null, null, null, 0, at(createdOn));
		return id;
	}

	private long id(Table table) {
		return nextIds.get(table)[0]++;
	}

	private static String name(SplittableRandom random, int length) {
		var name = new StringBuilder();
		for (int i = 0; i < length; i++) {
			name.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
		}
		return name.toString();
	}

	private static String person(SplittableRandom random) {
		var name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		int given = random.nextInt(3) == 0 ? 1 : 2;
		for (int i = 0; i < given; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	/** Nine in the morning, Beijing time, on that day. */
	private static Instant at(LocalDate day) {
		return day.atTime(9, 0).toInstant(CHINA);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private record UnitContext(long unit, long round, LocalDate feedback, long[] departments, long[] heads,
			long[] leaders, Tally tally) {
	}

	/** A unit round's figures, counted while its measures are made. */
	private static final class Tally {

		private int measures;
		private int completed;
		private LocalDate lastReport;

		void add(String status, LocalDate reported) {
			measures++;
			if (status.equals("COMPLETED") || status.equals("CLOSED")) {
				completed++;
			}
			if (reported != null && (lastReport == null || reported.isAfter(lastReport))) {
				lastReport = reported;
			}
		}
	}
}
