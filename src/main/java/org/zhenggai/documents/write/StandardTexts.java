package org.zhenggai.documents.write;

import java.util.List;

import org.zhenggai.documents.ReportModel.Section;

/**
 * The wording used when the model leaves a passage empty. Offices reuse these sentences from
 * document to document; having them here lets a unit issue a complete plan from its ledger alone.
 */
final class StandardTexts {

	private StandardTexts() {
	}

	static String guidingThought(String inspectingBody, String word) {
		return "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，全面落实" + inspectingBody
				+ word + "工作部署要求，切实履行" + word + "整改主体责任，坚持问题导向、目标导向、结果导向，"
				+ "把" + word + "整改作为重大政治任务，做到真认账、真反思、真整改、真负责，确保件件有着落、事事有回音。";
	}

	static List<Section> workRequirements(String word) {
		return List.of(
				new Section("提高政治站位", "各科室要充分认识" + word + "整改的重要性和严肃性，把整改工作作为当前的重要政治任务，"
						+ "以高度的政治自觉抓好整改落实。"),
				new Section("压实整改责任", "严格落实“一个问题、一名领导、一抓到底”，责任领导要靠前指挥，牵头科室要细化措施、"
						+ "按时完成，责任人要对账销号，确保整改任务落实到位。"),
				new Section("强化督促检查", "整改工作领导小组办公室要建立整改台账，定期调度、跟踪督办，完成一件、销号一件；"
						+ "对整改不力、敷衍应付的，严肃追责问责。"),
				new Section("建立长效机制", "坚持边整改、边总结、边完善，针对问题背后的制度漏洞建章立制，"
						+ "巩固整改成果，防止问题反弹回潮。"));
	}

	static List<Section> nextSteps(String word) {
		return List.of(new Section(null, "我们将持续深化" + word + "整改，对已完成的整改事项适时开展“回头看”，坚决防止问题反弹回潮；"
				+ "对需要长期坚持的事项，明确责任、持续推进，确保整改到位、取得实效。"));
	}
}
