package org.zhenggai.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning (configurable by {@code zhenggai.warnings.cron}): warn, and escalate unanswered notices. */
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

	@Scheduled(cron = "${zhenggai.warnings.cron:0 0 7 * * *}", zone = "Asia/Shanghai")
	void everyMorning() {
		LocalDate today = LocalDate.now(clock);
		scan.scan(today);
		supervision.escalateUnanswered(today);
	}
}
