package org.zhenggai.publication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on opinions from the public, under {@code zhenggai.publication}.
 *
 * @param opinionsPerHour how many opinions one address may send in an hour
 * @param opinionMaxLength the longest opinion accepted, in characters
 */
@Validated
@ConfigurationProperties("zhenggai.publication")
record PublicationProperties(@DefaultValue("5") @Min(1) int opinionsPerHour,
		@DefaultValue("2000") @Min(10) @Max(4000) int opinionMaxLength) {
}
