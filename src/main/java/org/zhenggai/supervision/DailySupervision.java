package org.zhenggai.supervision;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (configurable by {@code zhenggai.warnings.cron}): warn, and escalate unanswered
 * notices. With several nodes, one of them does it: the lock is held for at least ten minutes, so a
 * node whose clock runs a little late finds the morning's run done and skips it.
 */
@Component
class DailySupervision {

	private final WarningScan scan;
	private final SupervisionService supervision;
	private final Clock clock;

	DailySupervision(WarningScan scan, SupervisionService supervision, Clock clock) {
		this.scan = scan;
		this.supervision = supervision;
		this.clock = clock;
	}

	/** What the run raised; {@code null} when another node holds the lock and this one skipped the run. */
	@Scheduled(cron = "${zhenggai.warnings.cron:0 0 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "daily-supervision", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
	public WarningScan.@Nullable ScanResult everyMorning() {
		LocalDate today = LocalDate.now(clock);
		var result = scan.scan(today);
		supervision.escalateUnanswered(today);
		return result;
	}
}
