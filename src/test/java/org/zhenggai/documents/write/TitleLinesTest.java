package org.zhenggai.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleLinesTest {

	@Test
	void aShortTitleStaysOnOneLine() {
		assertThat(TitleLines.split("关于落实区委第三巡察组反馈意见的整改方案")).hasSize(1);
	}

	@Test
	void aLongTitleBreaksBeforeGuanyu() {
		assertThat(TitleLines.split("中共明湖区教育局党组关于巡察整改情况的通报"))
			.containsExactly("中共明湖区教育局党组", "关于巡察整改情况的通报");
	}

	@Test
	void aLongTitleWithoutGuanyuBreaksIntoEvenLines() {
		String title = "明湖区教育局党组落实十三届区委第六轮巡察反馈意见集中整改进展情况通报";
		assertThat(TitleLines.split(title)).hasSize(2)
			.allSatisfy(line -> assertThat(line.length()).isBetween(15, TitleLines.CHARS_PER_LINE));
		assertThat(String.join("", TitleLines.split(title))).isEqualTo(title);
	}
}
