package org.zhenggai.rectification;

import java.util.Arrays;
import java.util.stream.Collectors;

/** 整改进度: the phrases reports use to state how far the rectification of an item has come. */
public enum ProgressPhrase {

	COMPLETED(true), COMPLETED_ONGOING(true), STAGE_DONE_ONGOING(true), IN_PROGRESS(false), LONG_TERM(false);

	/**
	 * The phrases after which a measure counts as completed, as a SQL list, so that the ledger's SQL
	 * and {@link #completes()} can never disagree.
	 */
	public static final String COMPLETING_SQL_LIST = Arrays.stream(values())
		.filter(ProgressPhrase::completes)
		.map(p -> "'" + p.name() + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	private final boolean completes;

	ProgressPhrase(boolean completes) {
		this.completes = completes;
	}

	/** Whether a measure whose latest report says this counts as completed. */
	public boolean completes() {
		return completes;
	}
}
