package org.zhenggai.rectification;

import org.jspecify.annotations.Nullable;

/** What the ledger can be narrowed to; every field left null does not filter. */
public record LedgerFilter(@Nullable Long categoryId, @Nullable Long departmentId, @Nullable Long leaderId,
		@Nullable MeasureStatus status, @Nullable Boolean overdue, @Nullable String text) {

	public static LedgerFilter none() {
		return new LedgerFilter(null, null, null, null, null, null);
	}
}
