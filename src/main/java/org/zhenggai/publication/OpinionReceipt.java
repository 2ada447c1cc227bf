package org.zhenggai.publication;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the sender of an opinion reads under its receipt number: which report, when it arrived, how
 * far it is handled and the unit's reply. Never the name, the contact or anything internal.
 */
public record OpinionReceipt(String receipt, String reportNumber, String reportTitle, Instant receivedAt,
		OpinionStatus status, @Nullable String reply, @Nullable Instant repliedAt) {
}
