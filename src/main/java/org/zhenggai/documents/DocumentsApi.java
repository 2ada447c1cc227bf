package org.zhenggai.documents;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.rectification.LedgerFilter;
import org.zhenggai.rectification.LedgerSort;
import org.zhenggai.rectification.MeasureStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The round's documents for download through the API, and through the pages' buttons. */
@RestController
@Tag(name = "Documents", description = "整改台账、整改方案与整改情况通报")
class DocumentsApi {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final RoundDocuments documents;

	DocumentsApi(RoundDocuments documents) {
		this.documents = documents;
	}

	@Performs(Action.EXPORT)
	@GetMapping({ "/api/v1/rounds/{id}/ledger.xlsx", "/rounds/{id}/ledger.xlsx" })
	@Operation(summary = "The ledger as an Excel workbook, with the same filters as the ledger")
	ResponseEntity<StreamingResponseBody> ledger(@PathVariable long id,
			@RequestParam(required = false) @Nullable Long categoryId,
			@RequestParam(required = false) @Nullable Long departmentId,
			@RequestParam(required = false) @Nullable Long leaderId,
			@RequestParam(required = false) @Nullable MeasureStatus status,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(defaultValue = "LEDGER") LedgerSort sort) {
		var filter = new LedgerFilter(categoryId, departmentId, leaderId, status, overdue, text);
		return file(documents.fileName(id, "整改台账", "xlsx"), XLSX, out -> documents.writeLedger(id, filter, sort, out));
	}

	@Performs(Action.EXPORT)
	@GetMapping({ "/api/v1/rounds/{id}/plan.docx", "/rounds/{id}/plan.docx" })
	@Operation(summary = "The rectification plan (整改方案) as a Word document")
	ResponseEntity<StreamingResponseBody> plan(@PathVariable long id) {
		return file(documents.fileName(id, "整改方案", "docx"), DOCX, out -> documents.writePlan(id, out));
	}

	@Performs(Action.EXPORT)
	@GetMapping({ "/api/v1/rounds/{id}/public-report.docx", "/rounds/{id}/public-report.docx" })
	@Operation(summary = "The public report (整改情况通报) as a Word document")
	ResponseEntity<StreamingResponseBody> publicReport(@PathVariable long id) {
		return file(documents.fileName(id, "整改情况通报", "docx"), DOCX, out -> documents.writePublicReport(id, out));
	}

	@Performs(Action.EXPORT)
	@GetMapping({ "/api/v1/rounds/{id}/public-report.pdf", "/rounds/{id}/public-report.pdf" })
	@Operation(summary = "The public report (整改情况通报) as PDF with embedded Chinese fonts")
	ResponseEntity<StreamingResponseBody> publicReportPdf(@PathVariable long id) {
		return file(documents.fileName(id, "整改情况通报", "pdf"), MediaType.APPLICATION_PDF,
				out -> documents.writePublicReportPdf(id, out));
	}

	/** Checks the round exists (via the file name) before the response starts streaming. */
	static ResponseEntity<StreamingResponseBody> file(String name, MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(out -> {
				// Commit the headers before the document's read transaction takes its connection: with
				// sessions in the database, committing the response saves the session, and a request
				// must never wait for a second connection while holding the first.
				out.flush();
				body.writeTo(out);
			});
	}
}
