package org.zhenggai.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.Access;
import org.zhenggai.org.Action;
import org.zhenggai.org.TargetKind;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.UnreadableFileException;

/** Finds stored evidence for download, and turns uploaded multipart files into evidence uploads. */
@Component
class EvidenceFiles {

	private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);

	private final JdbcClient jdbc;
	private final EvidenceStore store;
	private final Access access;
	private final AuditLog audit;

	EvidenceFiles(JdbcClient jdbc, EvidenceStore store, Access access, AuditLog audit) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.audit = audit;
	}

	/** Opens a file for download; who downloaded what, and from where, goes into the audit trail. */
	OpenEvidence open(long id) throws IOException {
		access.require(Action.READ, TargetKind.EVIDENCE, id);
		var found = jdbc.sql("""
				select id, file_name, content_type, size_bytes, sha256, storage_key from evidence where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new StoredEvidence(new EvidenceView(rs.getLong("id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256")),
					rs.getString("storage_key")))
			.optional()
			.orElseThrow(() -> new NotFoundException("evidence", id));
		audit.access(AuditAction.DOWNLOAD, "evidence", id, found.description());
		try {
			return new OpenEvidence(found.description(), mediaType(found.description()), store.open(found.storageKey()));
		}
		catch (EvidenceUnreadableException ex) {
			log.error("Evidence {} cannot be served: {}", id, ex.getMessage());
			throw new UnreadableFileException(found.description().fileName(), id);
		}
	}

	/**
	 * The type to serve: the one told from the content, except for containers (zip, OLE) where the
	 * name tells which office format it is.
	 */
	private static MediaType mediaType(EvidenceView evidence) {
		var stored = MediaType.parseMediaType(evidence.contentType());
		if (stored.equals(MediaType.APPLICATION_OCTET_STREAM) || evidence.contentType().contains("zip")
				|| evidence.contentType().contains("ole")) {
			return MediaTypeFactory.getMediaType(evidence.fileName())
				.filter(t -> !t.getType().equals("text"))
				.orElse(MediaType.APPLICATION_OCTET_STREAM);
		}
		return stored;
	}

	static List<EvidenceUpload> uploads(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
			.map(f -> new EvidenceUpload(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getSize(), f))
			.toList();
	}

	private record StoredEvidence(EvidenceView description, String storageKey) {
	}

	record OpenEvidence(EvidenceView description, MediaType mediaType, InputStream content) {
	}
}
