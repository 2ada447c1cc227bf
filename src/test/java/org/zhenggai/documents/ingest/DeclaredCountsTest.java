package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclaredCountsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "null", delimiter = '|', textBlock = """
			区委巡察组反馈的意见中指出3大类8个问题              | 8  | 3
			巡察组反馈了巡察意见，指出问题3大类8个。           | 8  | 3
			反馈问题共4个方面15项                              | 15 | 4
			反馈了巡察意见,指出我单位存在的问题36个             | 36 | null
			共反馈三个方面十二个问题                           | 12 | 3
			巡察组反馈了29项具体问题                           | 29 | null
			反馈问题共计8个                                    | 8  | null
			指出的36个问题                                     | 36 | null
			103个急难愁盼问题中,80项已完成整改                 | null | null
			""")
	void readsTheDeclaredCounts(String text, Integer problems, Integer categories) {
		DeclaredCounts counts = DeclaredCounts.find(text);

		assertThat(counts.problems()).isEqualTo(problems);
		assertThat(counts.categories()).isEqualTo(categories);
	}
}
