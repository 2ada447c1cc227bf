package org.zhenggai.rectification;

/** An evidence file's description; the file itself is downloaded from {@code /api/v1/evidence/{id}}. */
public record EvidenceView(Long id, String fileName, String contentType, long sizeBytes, String sha256) {
}
