package org.zhenggai.rectification;

import java.util.List;

/** A page of the ledger; {@code page} counts from 0. */
public record LedgerPage(List<LedgerRow> content, int page, int size, long totalElements, int totalPages) {
}
