package org.zhenggai.mechanism;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups problem texts of many units by wording: two problems whose word vectors have a cosine of
 * at least the threshold are linked, and linked problems form one group (single link). Only groups
 * that span at least two units are common problems; each is titled with the text that reads most
 * like the rest of its group.
 */
final class ProblemGrouping {

	/** Texts at or above this cosine are taken to state the same problem. */
	static final double THRESHOLD = 0.6;

	/**
	 * A word found in more problems than this share is too common to suggest pairs by itself (the
	 * cosine still weighs it); keeps the pairing near linear for large rounds.
	 */
	private static final double COMMON_WORD_SHARE = 0.1;

	private ProblemGrouping() {
	}

	/** A problem of a unit. */
	record Item(long problemId, long unitId, String text) {
	}

	/** A group of at least two units' problems and the title proposed for it. */
	record Group(String title, List<Item> items) {

		long units() {
			return items.stream().mapToLong(Item::unitId).distinct().count();
		}
	}

	static List<Group> of(List<Item> items, double threshold) {
		var vectors = items.stream().map(i -> TitleSimilarity.words(i.text())).toList();
		var byWord = new HashMap<String, List<Integer>>();
		for (int i = 0; i < vectors.size(); i++) {
			for (String word : vectors.get(i).keySet()) {
				byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
			}
		}
		int commonLimit = Math.max(50, (int) (items.size() * COMMON_WORD_SHARE));
		var parent = new int[items.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < vectors.size(); i++) {
			var candidates = new java.util.TreeSet<Integer>();
			for (String word : vectors.get(i).keySet()) {
				var holders = byWord.get(word);
				if (holders.size() <= commonLimit) {
					for (int j : holders) {
						if (j > i) {
							candidates.add(j);
						}
					}
				}
			}
			for (int j : candidates) {
				if (TitleSimilarity.cosine(vectors.get(i), vectors.get(j)) >= threshold) {
					parent[find(parent, i)] = find(parent, j);
				}
			}
		}
		var components = new LinkedHashMap<Integer, List<Integer>>();
		for (int i = 0; i < items.size(); i++) {
			components.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
		}
		return components.values().stream()
			.map(members -> new Group(title(members, items, vectors), members.stream().map(items::get).toList()))
			.filter(g -> g.units() >= 2)
			.sorted(Comparator.comparingLong(Group::units).reversed()
				.thenComparingLong(g -> g.items().stream().mapToLong(Item::problemId).min().orElse(0)))
			.toList();
	}

	/** The member text closest to all others, with the usual framing (针对…问题。) taken off. */
	private static String title(List<Integer> members, List<Item> items, List<Map<String, Integer>> vectors) {
		int best = members.get(0);
		double bestScore = -1;
		for (int i : members) {
			double score = 0;
			for (int j : members) {
				score += i == j ? 0 : TitleSimilarity.cosine(vectors.get(i), vectors.get(j));
			}
			if (score > bestScore) {
				bestScore = score;
				best = i;
			}
		}
		String text = items.get(best).text().strip().replaceAll("[。；;，,]+$", "");
		if (text.startsWith("针对") && text.length() > 4) {
			text = text.substring(2);
		}
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
