package org.zhenggai.rectification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.shared.Direction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Rectification", description = "整改措施、进展、佐证材料与整改台账")
class RectificationApi {

	private final MeasureService measures;
	private final LedgerQuery ledger;
	private final EvidenceFiles evidence;

	RectificationApi(MeasureService measures, LedgerQuery ledger, EvidenceFiles evidence) {
		this.measures = measures;
		this.ledger = ledger;
		this.evidence = evidence;
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/problems/{id}")
	@Operation(summary = "A problem with its measures and derived status")
	MeasureService.ProblemRectification problem(@PathVariable long id) {
		return measures.problemRectification(id);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/api/v1/problems/{id}/measures")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a measure to a problem")
	MeasureView addMeasure(@PathVariable long id, @Valid @RequestBody NewMeasure measure) {
		return measures.addMeasure(id, measure);
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/measures/{id}")
	@Operation(summary = "One measure with its status and latest progress")
	MeasureView measure(@PathVariable long id) {
		return measures.measure(id);
	}

	@Performs(Action.SET_UP)
	@PatchMapping("/api/v1/measures/{id}")
	@Operation(summary = "Change a measure; send the version you read, a stale one gets 409")
	MeasureView change(@PathVariable long id, @Valid @RequestBody MeasureChange change) {
		return measures.change(id, change);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/api/v1/measures/{id}/move")
	@Operation(summary = "Move a measure one place up or down within its problem")
	List<MeasureView> move(@PathVariable long id, @Valid @RequestBody Move move) {
		measures.move(id, move.direction());
		return measures.measuresOf(measures.measure(id).problemId());
	}

	/** Which way to move a measure. */
	record Move(@NotNull Direction direction) {
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/measures/{id}/progress")
	@Operation(summary = "The progress reports of a measure, newest first")
	List<ProgressView> progress(@PathVariable long id) {
		return measures.progressOf(id);
	}

	@Performs(Action.REPORT_PROGRESS)
	@PostMapping(path = "/api/v1/measures/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report progress on a measure")
	ProgressView reportProgress(@PathVariable long id, @Valid @RequestBody NewProgress progress) {
		return measures.reportProgress(id, progress, List.of());
	}

	@Performs(Action.REPORT_PROGRESS)
	@PostMapping(path = "/api/v1/measures/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report progress with evidence files: a JSON part 'progress' and file parts 'files'")
	ProgressView reportProgressWithEvidence(@PathVariable long id, @Valid @RequestPart("progress") NewProgress progress,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
		return measures.reportProgress(id, progress, EvidenceFiles.uploads(files));
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/evidence/{id}")
	@Operation(summary = "Download an evidence file")
	ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
		var file = evidence.open(id);
		return ResponseEntity.ok()
			.contentType(file.mediaType())
			.contentLength(file.description().sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.description().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

	@Performs(Action.READ)
	@GetMapping("/api/v1/rounds/{id}/ledger")
	@Operation(summary = "The ledger of a round: one row per measure, filtered, sorted and paged")
	LedgerPage ledger(@PathVariable long id, @RequestParam(required = false) @Nullable Long categoryId,
			@RequestParam(required = false) @Nullable Long departmentId,
			@RequestParam(required = false) @Nullable Long leaderId,
			@RequestParam(required = false) @Nullable MeasureStatus status,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(defaultValue = "LEDGER") LedgerSort sort,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return ledger.ledger(id, new LedgerFilter(categoryId, departmentId, leaderId, status, overdue, text), sort, page,
				size);
	}
}
