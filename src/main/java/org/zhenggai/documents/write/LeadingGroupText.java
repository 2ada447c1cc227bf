package org.zhenggai.documents.write;

import static org.zhenggai.documents.write.Sentences.isBlank;

import java.util.ArrayList;
import java.util.List;

import org.zhenggai.documents.ReportModel;
import org.zhenggai.documents.ReportModel.LeadingGroup;

/** The sentence that reports how the leading group was formed. */
final class LeadingGroupText {

	private LeadingGroupText() {
	}

	/** 某局党组成立了以A为组长，B、C为副组长，D为成员的巡察整改工作领导小组，… */
	static String sentence(ReportModel model, String word) {
		LeadingGroup group = model.leadingGroup();
		List<String> roles = new ArrayList<>();
		roles.add(group.head() + "为组长");
		if (!group.deputyHeads().isEmpty()) {
			roles.add(String.join("、", group.deputyHeads()) + "为副组长");
		}
		if (!isBlank(group.members())) {
			roles.add(group.members() + "为成员");
		}
		return model.unit().partyOrganisation() + "成立了以" + String.join("，", roles) + "的" + word
				+ "整改工作领导小组，负责领导和统筹推进整改工作，及时听取整改工作汇报，研究解决整改中的重大问题。";
	}
}
