package org.zhenggai.documents.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the problem list of a document is: the part that goes item by item.
 *
 * <p>A report has parts: how the work was organised (一), the problems one by one (二), next steps (三).
 * The list is the part with numbered headings at least two levels deep (category and problem), or one
 * level deep with 整改措施/整改进度 labels. When several parts qualify, parts about organisation and next
 * steps are set aside by their wording, then the one part with 整改措施 sections or the one part named
 * like a list (反馈意见整改情况) is taken; failing that, the parts themselves are the categories, as in
 * a feedback opinion whose 一、二、三 are 方面. Documents without 一、 parts hold their categories (or problems) at the top.
 *
 * @param categoryNodes the items that stand for categories, in order; empty when there is no list
 * @param implicitCategory whether the items are problems listed without any category
 * @param listParts the parts (一、) that hold the list; empty when the list is at the top
 * @param basisText the text before the list: the opening paragraph and the parts before it
 */
record ListLocation(List<OutlineNode> categoryNodes, boolean implicitCategory, List<OutlineNode> listParts,
		String basisText) {

	private static final Pattern ORGANISATION = Pattern.compile(
			"基本情况|总体情况|组织领导|加强领导|工作开展|开展情况|主要做法|工作情况|政治站位|高度重视|正视问题"
					+ "|明确责任|压实责任|强化责任|整改责任|工作部署|整改部署|统筹推进|推进巡察整改工作|提高认识|统一思想");

	private static final Pattern NEXT_STEPS = Pattern.compile(
			"下一步|今后|打算|巩固|长效|持续深化|深化整改|保持整改力度|意见建议|整改要求|工作建议|整改意见|努力方向|工作安排");

	private static final Pattern LIST_WORDS = Pattern.compile(
			"反馈意见|反馈问题|反馈的问题|问题整改|整改落实情况|整改进展|整改情况|落实情况|逐项|逐条|具体问题|主要问题"
					+ "|发现的问题|存在的问题|问题清单");

	private static final Pattern CLUE = Pattern.compile("问题线索");

	static ListLocation of(OutlineNode root) {
		List<OutlineNode> tops = root.items();
		List<OutlineNode> parts = new ArrayList<>();
		for (OutlineNode top : tops) {
			if (top.family() == MarkerFamily.PART) {
				parts.add(top);
			}
		}
		if (parts.isEmpty()) {
			return atTop(root, tops);
		}
		List<OutlineNode> listParts = listParts(parts);
		if (listParts == null) {
			List<OutlineNode> categories = withContent(withoutOrganisationAndNextSteps(parts));
			return new ListLocation(categories, false, List.of(), basisBefore(root, categories));
		}
		List<OutlineNode> categoryNodes = new ArrayList<>();
		boolean implicit = false;
		for (OutlineNode part : listParts) {
			ListLocation inPart = atTop(part, part.items());
			categoryNodes.addAll(inPart.categoryNodes());
			implicit |= inPart.implicitCategory();
		}
		return new ListLocation(categoryNodes, implicit, listParts, basisBefore(root, listParts));
	}

	/**
	 * The parts that hold the list; an empty list when none does; {@code null} when the parts themselves
	 * are the categories.
	 */
	private static List<OutlineNode> listParts(List<OutlineNode> parts) {
		List<OutlineNode> itemised = new ArrayList<>();
		for (OutlineNode part : parts) {
			if (isItemised(part)) {
				itemised.add(part);
			}
		}
		if (itemised.size() > 1) {
			List<OutlineNode> remaining = withoutOrganisationAndNextSteps(itemised);
			itemised = remaining.isEmpty() ? itemised : remaining;
		}
		if (itemised.size() == 1) {
			return itemised;
		}
		if (itemised.size() > 1) {
			if (itemised.stream().allMatch(ListLocation::readsLikeListPart)) {
				return itemised;
			}
			// of several deep parts, the one with 整改措施 sections, or the one named like a list, is the list
			List<OutlineNode> labelled = itemised.stream().filter(ListLocation::hasSections).toList();
			if (labelled.size() == 1) {
				return labelled;
			}
			List<OutlineNode> named = itemised.stream().filter(ListLocation::readsLikeListPart).toList();
			return named.size() == 1 && labelled.isEmpty() ? named : null;
		}
		List<OutlineNode> shallow = new ArrayList<>();
		for (OutlineNode part : withoutOrganisationAndNextSteps(parts)) {
			if (part.headingDepth() == 1) {
				shallow.add(part);
			}
		}
		List<OutlineNode> named = shallow.stream().filter(ListLocation::readsLikeListPart).toList();
		if (named.size() == 1) {
			return named;
		}
		if (shallow.size() >= 2) {
			return null;
		}
		return shallow;
	}

	/** Goes item by item: categories and problems, or problems with 整改措施 and 整改进度 labels. */
	private static boolean isItemised(OutlineNode part) {
		int depth = part.headingDepth();
		return depth >= 2 || part.containsItem(MarkerFamily.CATEGORY) || depth >= 1 && hasSections(part);
	}

	private static boolean hasSections(OutlineNode part) {
		return part.containsLabel(LabelKind.MEASURES) || part.containsLabel(LabelKind.PROGRESS);
	}

	/** Named like the list as a whole (反馈问题整改情况), not like one of its categories (…方面存在的问题). */
	private static boolean readsLikeListPart(OutlineNode part) {
		return LIST_WORDS.matcher(part.heading()).find() && !part.heading().contains("方面");
	}

	private static boolean isOrganisationOrNextSteps(OutlineNode part) {
		String heading = part.heading();
		return (ORGANISATION.matcher(heading).find() || NEXT_STEPS.matcher(heading).find())
				&& !LIST_WORDS.matcher(heading).find();
	}

	private static List<OutlineNode> withoutOrganisationAndNextSteps(List<OutlineNode> parts) {
		return parts.stream().filter(part -> !isOrganisationOrNextSteps(part)).toList();
	}

	/** The categories among the items at the top of a part or of the document. */
	private static ListLocation atTop(OutlineNode parent, List<OutlineNode> items) {
		MarkerFamily top = highestHeading(items);
		if (top == null) {
			return new ListLocation(List.of(), false, List.of(), parent.ownText());
		}
		List<OutlineNode> nodes = new ArrayList<>();
		for (OutlineNode item : items) {
			if (item.family() == top) {
				nodes.add(item);
			}
		}
		nodes = withContent(nodes);
		boolean problemsWithoutCategory = top == MarkerFamily.ARABIC_DOT;
		return new ListLocation(nodes, problemsWithoutCategory, List.of(), basisBefore(parent, nodes));
	}

	private static MarkerFamily highestHeading(List<OutlineNode> items) {
		MarkerFamily highest = null;
		for (OutlineNode item : items) {
			MarkerFamily family = item.family();
			if (family.heading && (highest == null || family.rank < highest.rank)) {
				highest = family;
			}
		}
		return highest;
	}

	/** Leaves out empty headings and the note that clues were handed over (问题线索已移交…). */
	private static List<OutlineNode> withContent(List<OutlineNode> nodes) {
		List<OutlineNode> kept = new ArrayList<>();
		for (OutlineNode node : nodes) {
			boolean empty = node.children().isEmpty() && node.body().isEmpty();
			if (!(empty && CLUE.matcher(node.heading()).find())) {
				kept.add(node);
			}
		}
		return kept;
	}

	/** The opening text and the full text of the items that come before the list. */
	private static String basisBefore(OutlineNode parent, List<OutlineNode> list) {
		StringBuilder basis = new StringBuilder(parent.ownText());
		OutlineNode first = list.isEmpty() ? null : list.get(0);
		for (OutlineNode item : parent.items()) {
			if (item == first) {
				break;
			}
			basis.append('\n').append(item.marker().written()).append(item.fullText());
		}
		return basis.toString();
	}
}
