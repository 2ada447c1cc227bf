package org.zhenggai.generator;

import java.time.LocalDate;

/**
 * Which inspection office's round of inspections (巡察轮次) the generated unit rounds belong to. A
 * unit round belongs to at most one round of inspections, so a generated province has one level or
 * the other; the offices above see the rounds below them rolled up either way.
 */
public enum OfficeLevel {

	/**
	 * Each county's inspection office (the county's unit stands for its party committee and office)
	 * runs one round of inspections covering the rounds of the county's inspected units: how county
	 * bureaus are inspected. The city and province offices see these rounds rolled up.
	 */
	COUNTY,

	/**
	 * The province's inspection office runs one round of inspections deployed province-wide
	 * (全省统一部署的专项巡察), carried out by the counties, that covers every inspected unit's round:
	 * the largest round an office reads in one overview.
	 */
	PROVINCE;

	/** The name of the round of inspections run by the office of the named county or province. */
	String roundName(String officeName) {
		return this == COUNTY ? officeName + "委本届巡察" : officeName + "委统一部署专项巡察";
	}

	/** Before the earliest stationing the generator writes (feedback up to 1,000 days ago, stationing 100 before). */
	static LocalDate startsOn(LocalDate today) {
		return today.minusDays(1100);
	}

	static OfficeLevel parse(String value) {
		return switch (value) {
			case "county" -> COUNTY;
			case "province" -> PROVINCE;
			default -> throw new IllegalArgumentException("--office-level 只能是 county 或 province / must be county or province: "
					+ value);
		};
	}
}
