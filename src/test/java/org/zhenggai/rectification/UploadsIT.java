package org.zhenggai.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhenggai.shared.ZhenggaiProperties;
import org.zhenggai.support.IntegrationTest;

/** Evidence is judged by its content, never by its name, and its name never reaches the file system. */
class UploadsIT extends IntegrationTest {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes();

	@Autowired
	ZhenggaiProperties properties;

	@Test
	void renamedProgramsAndScriptsAreRefusedWhateverTheyAreCalled() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		var programs = new LinkedHashMap<String, byte[]>();
		programs.put("整改报告.pdf", new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 });
		programs.put("会议纪要.docx", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
		programs.put("照片.jpg", "#!/bin/sh\nrm -rf /\n".getBytes());
		programs.put("台账.xlsx", "<?php system($_GET['c']); ?>".getBytes());
		programs.put("通知.pdf", "@echo off\r\nformat c:".getBytes());

		programs.forEach((name, bytes) -> {
			var response = f.api.postProgressWithFiles(measureId, Map.of("text", "已完成", "phrase", "COMPLETED"),
					Map.of(name, bytes));
			assertThat(response.status()).as(name).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("message").asString()).contains(name).contains("可执行程序或脚本");
		});
		assertThat(f.api.get("/api/v1/measures/{id}/progress", measureId).json().size()).isZero();
	}

	@Test
	void anOversizedFileIsRefusedNamingTheLimit() {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);

		var response = f.api.postProgressWithFiles(measureId, Map.of("text", "已完成", "phrase", "COMPLETED"),
				Map.of("扫描件.pdf", new byte[(int) properties.evidence().maxFileSize().toBytes() + 1]));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("扫描件.pdf").contains("1 MB");
	}

	@Test
	void pathTricksInFileNamesNeverLeaveTheStorageFolder() throws IOException {
		var f = fixture();
		long measureId = f.measure("修订议事规则", f.officeId, 10);
		Path files = properties.filesDir().toAbsolutePath().normalize();
		var names = new LinkedHashMap<String, String>();
		names.put("../../etc/passwd", "passwd");
		names.put("/tmp/zhenggai-absolute.pdf", "zhenggai-absolute.pdf");
		names.put("..\\..\\..\\windows\\win.ini", "win.ini");
		names.put("../../../../../../../../tmp/zhenggai-escape.pdf", "zhenggai-escape.pdf");

		for (var name : names.entrySet()) {
			var response = f.api.postProgressWithFiles(measureId, Map.of("text", "报送材料", "phrase", "IN_PROGRESS"),
					Map.of(name.getKey(), PDF));
			assertThat(response.status()).as(name.getKey() + ": " + response).isEqualTo(201);
		}

		var evidence = f.api.get("/api/v1/measures/{id}/progress", measureId).json().valueStream()
			.flatMap(p -> p.get("evidence").valueStream()).toList();
		assertThat(evidence).extracting(e -> e.get("fileName").asString()).containsExactlyInAnyOrderElementsOf(names.values());
		assertThat(Path.of("/tmp/zhenggai-escape.pdf")).doesNotExist();
		assertThat(Path.of("/tmp/zhenggai-absolute.pdf")).doesNotExist();
		try (Stream<Path> stored = Files.walk(files)) {
			assertThat(stored.filter(Files::isRegularFile).map(p -> files.relativize(p).toString()))
				.allMatch(key -> key.matches("\\d{4}/\\d{2}/[0-9a-f-]{36}"), "a key the store made");
		}
		long passwd = evidence.stream().filter(e -> e.get("fileName").asString().equals("passwd")).findFirst().orElseThrow()
			.get("id").asLong();
		var download = f.api.get("/api/v1/evidence/{id}", passwd);
		assertThat(download.headers().getContentDisposition().getFilename()).isEqualTo("passwd");
	}
}
