package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceChecksTests {

	@Test
	void theTypeIsToldByContentNotByName() {
		assertThat(ContentType.of("%PDF-1.7".getBytes())).isEqualTo(ContentType.PDF);
		assertThat(ContentType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).isEqualTo(ContentType.JPEG);
		assertThat(ContentType.of("PK\u0003\u0004".getBytes())).isEqualTo(ContentType.ZIP);
		assertThat(ContentType.of("MZ\u0090".getBytes()).forbidden()).isTrue();
		assertThat(ContentType.of(new byte[] { 0x7F, 'E', 'L', 'F' }).forbidden()).isTrue();
		assertThat(ContentType.of("#!/bin/sh".getBytes()).forbidden()).isTrue();
		assertThat(ContentType.of("<?php system($_GET".getBytes()).forbidden()).isTrue();
		assertThat(ContentType.of("  @ECHO OFF\r\ndel".getBytes()).forbidden()).isTrue();
		assertThat(ContentType.of("<%@ page import".getBytes()).forbidden()).isTrue();
		assertThat(ContentType.of("会议纪要".getBytes()).forbidden()).isFalse();
		assertThat(ContentType.of(new byte[0])).isEqualTo(ContentType.OTHER);
	}

	@Test
	void aFileNameKeepsNoFolderPart() {
		assertThat(EvidenceIntake.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(EvidenceIntake.cleanName("C:\\Users\\x\\纪要.docx")).isEqualTo("纪要.docx");
		assertThat(EvidenceIntake.cleanName("..")).isEqualTo("evidence");
		assertThat(EvidenceIntake.cleanName("a\u0000b.txt")).isEqualTo("ab.txt");
		assertThat(EvidenceIntake.cleanName("/etc/passwd")).isEqualTo("passwd");
		assertThat(EvidenceIntake.cleanName("..\\..\\windows\\system.ini")).isEqualTo("system.ini");
		assertThat(EvidenceIntake.cleanName("报告.pdf\u0000.exe")).isEqualTo("报告.pdf.exe");
	}
}
