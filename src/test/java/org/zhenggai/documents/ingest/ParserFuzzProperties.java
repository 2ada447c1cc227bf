package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zhenggai.documents.DocumentReader;
import org.zhenggai.documents.DocumentReader.UnreadableDocumentException;
import org.zhenggai.documents.IngestResult;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever comes in, the reader returns a result or refuses the file; it never fails otherwise and
 * never takes long. Inputs mix numbering markers, Chinese text, dates and punctuation at random.
 */
class ParserFuzzProperties {

	private static final List<String> PIECES = List.of("一、", "二、", "（一）", "(二)", "㈢", "1.", "2、", "3．", "１．", "⒋",
			"（1）", "(2)", "⑶", "1)", "2）", "①", "②", "一是", "二是", "十一是", "第一大类问题，", "第二类问题", "第一部分",
			"第一，", "第二、", "整改措施：", "整改进度:", "【整改情况】", "具体表现：", "责任领导：", "已完成整改并长期坚持",
			"正在整改", "需长期推进", "已完成阶段性任务", "2024年3月28日", "3月16日", "*年*月*日", "2022年6月下旬至8月下旬",
			"至", "—", "2018-11-05", "指出问题36个", "3大类8个问题", "区委第三巡察组", "中共某局党组", "关于", "问题", "方面",
			"欢迎广大干部群众监督", "。", "，", "；", "：", "、", "“", "”", "《", "》", "(", ")", "（", "）", " ", "\n", "\n\n",
			"\r\n", "\t", "\u3000", "|", "1.5万元", "3.5%", "加强学习", "完善制度", "党组理论学习中心组", "\uFEFF", "\u0000");

	@Property(tries = 300)
	void arbitraryStringsAreReadOrRefused(@ForAll String text) {
		assertReadOrRefused(() -> DocumentReader.readText(text));
		assertReadOrRefused(() -> DocumentReader.read(text.getBytes(StandardCharsets.UTF_8), "x.txt"));
	}

	@Property(tries = 300)
	void arbitraryBytesAreReadOrRefused(@ForAll byte[] bytes) {
		assertReadOrRefused(() -> DocumentReader.read(bytes, "x.bin"));
	}

	@Property(tries = 500)
	void mixesOfMarkersAndTextAreReadOrRefused(@ForAll("documents") String text) {
		assertReadOrRefused(() -> DocumentReader.readText(text));
	}

	@Provide
	Arbitrary<String> documents() {
		Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
				Arbitraries.strings().withCharRange('\u4e00', '\u4e2f').ofMinLength(1).ofMaxLength(6),
				Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4));
		return piece.list().ofMaxSize(200).map(pieces -> String.join("", pieces));
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void aLargePathologicalInputFinishes() {
		// 2 MB of markers and half dates on one line and on many: the worst case for regular expressions
		StringBuilder oneLine = new StringBuilder();
		StringBuilder manyLines = new StringBuilder();
		while (oneLine.length() < 1_000_000) {
			oneLine.append("（1）（1）一是二是1.1.1.2024年*月3月至月下旬整改措施：已完成已");
			manyLines.append("一、\n（一）\n1.\n（1）\n①\n一是\n第一大类问题\n整改进度：\n");
		}
		String text = oneLine + "\n" + manyLines + "(".repeat(100_000) + "第".repeat(100_000) + "年".repeat(100_000)
				+ "\n|" + " ".repeat(200_000) + "|" + " ".repeat(200_000) + "。\n" + "整改措施".repeat(50_000);

		IngestResult result = DocumentReader.readText(text);

		assertThat(result).isNotNull();
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void aLargeRealisticReportFinishes() {
		// a report of two megabytes: the reference reports one after another
		StringBuilder text = new StringBuilder();
		while (text.length() < 2_000_000) {
			for (String file : ReferenceReports.ALL) {
				text.append(ReferenceReports.text(file)).append('\n');
			}
		}

		IngestResult result = DocumentReader.readText(text.toString());

		assertThat(result.categories()).isNotEmpty();
	}

	private static void assertReadOrRefused(Runnable read) {
		try {
			read.run();
		}
		catch (UnreadableDocumentException refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}
}
