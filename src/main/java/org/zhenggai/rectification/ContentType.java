package org.zhenggai.rectification;

/**
 * What a file is, told from its first bytes rather than its name, which anyone can change.
 * Programs and scripts are refused as evidence; everything else is stored with the type found.
 */
enum ContentType {

	PDF("application/pdf"), PNG("image/png"), JPEG("image/jpeg"), GIF("image/gif"), ZIP("application/zip"),
	OLE("application/x-ole-storage"), PROGRAM("application/x-executable"), OTHER("application/octet-stream");

	private final String mediaType;

	ContentType(String mediaType) {
		this.mediaType = mediaType;
	}

	String mediaType() {
		return mediaType;
	}

	boolean forbidden() {
		return this == PROGRAM;
	}

	static ContentType of(byte[] head) {
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return PDF;
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G')) {
			return PNG;
		}
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (startsWith(head, 'G', 'I', 'F', '8')) {
			return GIF;
		}
		if (startsWith(head, 'P', 'K', 3, 4)) {
			return ZIP;
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
			return OLE;
		}
		if (startsWith(head, 'M', 'Z') || startsWith(head, 0x7F, 'E', 'L', 'F') || startsWith(head, '#', '!')
				|| startsWith(head, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE) || serverScript(head)) {
			return PROGRAM;
		}
		return OTHER;
	}

	/** PHP, JSP and Windows batch files, which start with text rather than a magic number. */
	private static boolean serverScript(byte[] head) {
		String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(java.util.Locale.ROOT);
		return start.startsWith("<?php") || start.startsWith("<%@") || start.startsWith("@echo");
	}

	private static boolean startsWith(byte[] head, int... signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
