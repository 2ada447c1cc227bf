/**
 * Documents in and out of the ledger: the ledger workbook (.xlsx), the rectification plan and the
 * public report (.docx and PDF), and reading feedback and reports into structure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.zhenggai.documents;
