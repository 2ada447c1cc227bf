package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where text run together on one line is cut into items, and where it is not. */
class SegmenterTest {

	static List<String> cut(String... lines) {
		return Segmenter.split(List.of(lines))
			.segments()
			.stream()
			.map(segment -> (segment.marker() == null ? "" : "[" + segment.marker().written() + "]") + segment.text())
			.toList();
	}

	@Test
	void cutsAtMarkersAfterSentenceEndsAndBlanks() {
		assertThat(cut("现予以通报。 一、基本情况 区委巡察组反馈的意见。 （一）学习方面。 1.关于学习问题。 整改措施:(1)加强学习。(2)定期检查。 整改进度:已完成整改。"))
			.containsExactly("现予以通报。", "[一、]基本情况 区委巡察组反馈的意见。", "[（一）]学习方面。", "[1.]关于学习问题。", "[整改措施]",
					"[(1)]加强学习。", "[(2)]定期检查。", "[整改进度]已完成整改。");
	}

	@Test
	void keepsNumbersAndDatesWhole() {
		assertThat(cut("投入1.5万元，完成率3.5%。2024年3月28日召开会议，第一是学习，统一、规范管理。"))
			.containsExactly("投入1.5万元，完成率3.5%。2024年3月28日召开会议，第一是学习，统一、规范管理。");
		assertThat(cut("覆盖一、二年级学生。"))
			.containsExactly("覆盖一、二年级学生。");
		assertThat(cut("1.5万元已拨付到位。")).containsExactly("1.5万元已拨付到位。");
	}

	@Test
	void keepsReferencesAndYearsInBracketsWhole() {
		assertThat(cut("依据《条例》第三条（一）项和粤发改(2024)8号文件办理。")).hasSize(1);
		assertThat(cut("根据文件(教基厅函〔2023〕26号)精神。")).hasSize(1);
	}

	@Test
	void cutsAtParenthesisedNumbersInsideASentence() {
		assertThat(cut("主要表现在（1）学习不深入，（2）制度不健全。"))
			.containsExactly("主要表现在", "[（1）]学习不深入，", "[（2）]制度不健全。");
	}

	@Test
	void anItemMayOpenWithAFigureAtTheStartOfALineOrSentence() {
		assertThat(cut("（1）2024年底前完成检查。（2）3所学校已整改。", "(3)5月前印发制度。"))
			.containsExactly("[（1）]2024年底前完成检查。", "[（2）]3所学校已整改。", "[(3)]5月前印发制度。");
		// inside a sentence (1)2 stays part of the figure it belongs to
		assertThat(cut("按系数(1)2计算。")).hasSize(1);
	}

	@Test
	void readsProblemNumbersPastNinetyNine() {
		assertThat(cut("99.关于档案管理问题。", "100.关于资产管理问题。", "101.关于合同管理问题。"))
			.containsExactly("[99.]关于档案管理问题。", "[100.]关于资产管理问题。", "[101.]关于合同管理问题。");
		assertThat(cut("共计2024.5万元。")).hasSize(1);
	}

	@Test
	void cutsAtEnumerationsAfterCommas() {
		assertThat(cut("采取以下措施：一是加强学习，二是完善制度；三是强化监督。"))
			.containsExactly("采取以下措施：", "[一是]加强学习，", "[二是]完善制度；", "[三是]强化监督。");
	}

	@Test
	void cutsInsideALineOnlyWhereTheSequenceGoesOn() {
		// 3. does not follow 1. and stays text; at the start of a line a marker is always taken
		assertThat(cut("1.关于学习问题。共涉及3. 问题。")).containsExactly("[1.]关于学习问题。共涉及3. 问题。");
		assertThat(cut("1.关于学习问题。", "3.关于制度问题。")).containsExactly("[1.]关于学习问题。", "[3.]关于制度问题。");
	}

	@Test
	void treatsASentenceEndInsideQuotesAsASentenceEnd() {
		assertThat(cut("一是做到“四个必查。”二是加强管理。")).containsExactly("[一是]做到“四个必查。”", "[二是]加强管理。");
	}

	@Test
	void endsTheBodyAtTheInvitationToSupervise() {
		Segmenter.Result result = Segmenter.split(List.of("三、下一步打算 1.持续整改。 欢迎广大干部群众监督。联系电话:123。 中共某局党组 2023年1月12日"));

		assertThat(result.segments()).extracting(Segment::text).containsExactly("下一步打算", "持续整改。");
		assertThat(result.closing()).startsWith("欢迎广大干部群众监督").endsWith("2023年1月12日");
	}

	@Test
	void readsSingleCharacterMarkers() {
		assertThat(cut("⑴学习。⑵检查。(3)督办。", "①谈话提醒少", "㈠理论学习方面", "⒈中心组学习不规范"))
			.containsExactly("[⑴]学习。", "[⑵]检查。", "[(3)]督办。", "[①]谈话提醒少", "[㈠]理论学习方面", "[⒈]中心组学习不规范");
	}
}
