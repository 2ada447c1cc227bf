package org.zhenggai.documents;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reading a feedback opinion or a report into structure, and importing that structure into a round. */
@RestController
@Tag(name = "Documents", description = "整改台账、整改方案与整改情况通报")
class IngestApi {

	private final ProblemListImport imports;
	private final LedgerRoundImport ledgers;

	IngestApi(ProblemListImport imports, LedgerRoundImport ledgers) {
		this.imports = imports;
		this.ledgers = ledgers;
	}

	@Performs(Action.SET_UP)
	@PostMapping(path = "/api/v1/ingest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Read a feedback opinion or a published report (text or .docx) into structure; nothing is stored")
	IngestResult ingest(@RequestPart("file") MultipartFile file) throws IOException {
		return read(file);
	}

	@Performs(Action.SET_UP)
	@PostMapping("/api/v1/rounds/{id}/import")
	@Operation(summary = "Create the round's categories, problems, manifestations and measures from a read document, all or nothing")
	ProblemListImport.Imported importInto(@PathVariable long id, @RequestBody IngestResult document) {
		return imports.importInto(id, document);
	}

	@Performs(Action.SET_UP)
	@PostMapping(path = "/api/v1/rounds/{id}/ledger.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Bring an Excel ledger in the export's layout into the round; errors name row and column, nothing is written on any")
	LedgerRoundImport.Result importLedger(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		try (var in = file.getInputStream()) {
			return ledgers.importInto(id, in);
		}
	}

	/** Checks size and readability, so every refusal names the file and says what is wrong with it. */
	static IngestResult read(MultipartFile file) throws IOException {
		if (file.getSize() > IngestCommand.MAX_BYTES) {
			throw InvalidInputException.of("file", "validation.file-too-large-named", file.getOriginalFilename(),
					IngestCommand.MAX_BYTES / 1024 / 1024);
		}
		try {
			return DocumentReader.read(file.getBytes(), file.getOriginalFilename());
		}
		catch (DocumentReader.UnreadableDocumentException ex) {
			throw InvalidInputException.of("file", "validation.unreadable-document", ex.getMessage());
		}
	}
}
