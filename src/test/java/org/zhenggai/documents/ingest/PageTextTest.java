package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhenggai.documents.DocumentReader;
import org.zhenggai.documents.IngestResult;

/** The chrome of a scraped web page is no part of the document. */
class PageTextTest {

	@Test
	void leavesOutNavigationMetaLinesAndFooters() {
		PageText page = PageText.of("""
				您现在的位置：首页 > 党务公开 > 正文
				【字体：大 中 小】  分享到：
				关于巡察整改情况的通报 | |||
				发布时间：2024-04-02 09:30    来源：局办公室    浏览次数：126
				一、整改情况
				上一篇：关于开展节前廉政提醒的通知
				版权所有：某县人民政府  ICP备12345678号
				【打印本页】 【关闭窗口】
				""");

		assertThat(page.lines()).containsExactly("关于巡察整改情况的通报", "一、整改情况");
		assertThat(page.postedDateLine()).startsWith("2024-04-02");
	}

	@Test
	void takesThePostedDateWhenNoSignatureDateIsWritten() {
		IngestResult result = DocumentReader.readText("""
				当前位置:首页 >> 工作动态
				关于巡察整改情况的通报
				作者:    来源:    发布日期:2024年4月2日
				二、整改落实情况
				1.关于学习不深入问题。一是加强学习。
				""");

		assertThat(result.title()).isEqualTo("关于巡察整改情况的通报");
		assertThat(result.publishedDate()).isEqualTo(LocalDate.of(2024, 4, 2));
		assertThat(result.categories().get(0).problems()).hasSize(1);
	}

	@Test
	void keepsLongLinesEvenWhenTheyNameAPageWord() {
		String sentence = "我局在门户网站设置“党务公开”栏目，定期更新内容，并在首页显著位置公布监督电话，方便群众查阅和反映问题，"
				+ "相关做法已在全系统推广，收到良好效果。";

		assertThat(PageText.of(sentence).lines()).containsExactly(sentence);
	}
}
