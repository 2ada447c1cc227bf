package org.zhenggai.mechanism;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two problem titles read: the Jaccard index of their character bigrams, after dropping
 * punctuation, spaces and the word 问题 that nearly every title ends with. Chinese has no spaces
 * between words, so bigrams stand in for words; 0 is nothing shared, 1 the same wording.
 */
final class TitleSimilarity {

	private TitleSimilarity() {
	}

	static double of(String a, String b) {
		Set<String> left = bigrams(a);
		Set<String> right = bigrams(b);
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		var shared = new HashSet<>(left);
		shared.retainAll(right);
		int union = left.size() + right.size() - shared.size();
		return (double) shared.size() / union;
	}

	static Set<String> bigrams(String title) {
		String text = title.replaceAll("[\\p{P}\\p{S}\\s]", "").replace("问题", "");
		var bigrams = new HashSet<String>();
		if (text.length() == 1) {
			bigrams.add(text);
		}
		for (int i = 0; i + 2 <= text.length(); i++) {
			bigrams.add(text.substring(i, i + 2));
		}
		return bigrams;
	}
}
