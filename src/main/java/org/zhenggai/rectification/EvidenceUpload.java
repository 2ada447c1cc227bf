package org.zhenggai.rectification;

import org.springframework.core.io.InputStreamSource;

/** A file a user sends as evidence, before it is checked and stored. */
public record EvidenceUpload(String fileName, long size, InputStreamSource content) {
}
