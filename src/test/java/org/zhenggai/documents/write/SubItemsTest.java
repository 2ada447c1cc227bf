package org.zhenggai.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which typed numbering a measure may keep, and which must step down below the measure's own （1）. */
class SubItemsTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1.已修订制度；2.已开展培训。                 | ①已修订制度；②已开展培训。
			已修订制度：1、印发办法；2、组织培训。       | 已修订制度：①印发办法；②组织培训。
			（1）已修订制度；（2）已开展培训。           | ①已修订制度；②已开展培训。
			(1)已修订制度，(2)已开展培训。               | ①已修订制度，②已开展培训。
			（1）、已修订制度；（2）、已开展培训。       | ①已修订制度；②已开展培训。
			⑴已修订制度；⑵已开展培训。                  | ①已修订制度；②已开展培训。
			一、已修订制度；二、已开展培训。             | ①已修订制度；②已开展培训。
			（一）已修订制度；（二）已开展培训。         | ①已修订制度；②已开展培训。
			已检查学校。3.已通报结果。                   | 已检查学校。③已通报结果。
			""")
	void numberingAtTheLevelOfAMeasureOrAboveStepsDownToCircledNumbers(String typed, String written) {
		assertThat(SubItems.nested(typed)).isEqualTo(written);
		assertThat(SubItems.enumerates(typed)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "一是已修订制度，二是已开展培训。", "①已修订制度；②已开展培训。", "1）已修订制度；2）已开展培训。",
			"第一，修订制度；第二，开展培训。" })
	void numberingBelowAMeasureIsKeptButCountsAsAnEnumeration(String typed) {
		assertThat(SubItems.nested(typed)).isEqualTo(typed);
		assertThat(SubItems.enumerates(typed)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "投入1.5万元，完成率3.5%，完成2、3项工作。", "依据《条例》第三条（二）项和粤发改(2024)8号文件办理。",
			"覆盖一、二年级学生。", "统一是前提。", "共涉及3. 问题。", "2024年3月28日召开会议。", "已修订制度（3）项。", "" })
	void figuresDatesAndReferencesAreNoNumbering(String text) {
		assertThat(SubItems.nested(text)).isEqualTo(text);
		assertThat(SubItems.enumerates(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "完成检查（3）所学校", "截至目前，3、4号楼已完工。" })
	void withinASentenceOnlyAListsFirstOrNextItemIsNumbering(String text) {
		assertThat(SubItems.nested(text)).isEqualTo(text);
	}
}
