package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressPhrasesTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "null", delimiter = '|', textBlock = """
			已完成整改                                   | COMPLETED
			已整改完成                                   | COMPLETED
			整改已完成                                   | COMPLETED
			已整改到位                                   | COMPLETED
			已完成                                       | COMPLETED
			已完成整改并长期坚持                         | COMPLETED_ONGOING
			已完成整改，并长期坚持                       | COMPLETED_ONGOING
			已整改完成，将持续推进                       | COMPLETED_ONGOING
			已完成阶段性任务并长期坚持                   | STAGE_DONE_ONGOING
			已完成阶段性整改任务并长期坚持               | STAGE_DONE_ONGOING
			阶段性任务已完成                             | STAGE_DONE_ONGOING
			正在整改                                     | IN_PROGRESS
			基本完成                                     | IN_PROGRESS
			部分已完成整改，部分正在整改                 | IN_PROGRESS
			需长期推进，2023年9月10日前完成              | LONG_TERM
			持续推进                                     | LONG_TERM
			长期坚持                                     | LONG_TERM
			除职业教育外，其他方面已全部整改完成并长期坚持 | COMPLETED_ONGOING
			尚无进展                                     | null
			""")
	void namesTheMostSpecificPhraseOfAProgressSection(String text, String expected) {
		assertThat(ProgressPhrases.detect(text, true)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "null", delimiter = '|', textBlock = """
			目前已完成整改                               | true
			该问题正在整改                               | true
			已完成改造                                   | false
			确保整改到位                                 | false
			2023年9月10日前完成                          | false
			""")
	void outsideAProgressSectionAPhraseMustSpeakOfRectification(String sentence, boolean states) {
		assertThat(ProgressPhrases.statesProgress(sentence)).isEqualTo(states);
	}
}
