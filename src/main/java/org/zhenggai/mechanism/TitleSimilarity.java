package org.zhenggai.mechanism;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How alike two problem texts read. {@link #of} is the Jaccard index of character bigrams, for
 * suggesting an earlier problem by its short title; {@link #cosine} compares the words of longer
 * texts, segmented by Lucene's smartcn analyzer, as term-frequency vectors, for grouping the
 * problems many units share. Both drop punctuation, spaces and the words that nearly every problem
 * text carries (问题, 存在, 方面…); 0 is nothing shared, 1 the same wording.
 */
final class TitleSimilarity {

	/** Words that say nothing about which problem it is. */
	private static final Set<String> FILLER = Set.of("问题", "针对", "存在", "方面", "有的", "个别", "部分", "一些", "的",
			"了", "和", "与", "及", "等", "在", "对", "是", "不够", "较");

	/** Thread-safe: Lucene keeps one token stream per thread. */
	private static final Analyzer ANALYZER = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

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

	/** The text's words with how often each occurs, filler left out. */
	static Map<String, Integer> words(String text) {
		var counts = new HashMap<String, Integer>();
		try (var stream = ANALYZER.tokenStream("text", text.replaceAll("[\\p{P}\\p{S}\\s]+", " "))) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				if (!word.isBlank() && !FILLER.contains(word) && !word.chars().allMatch(Character::isDigit)) {
					counts.merge(word, 1, Integer::sum);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return counts;
	}

	/** The cosine of the angle between two texts' word vectors. */
	static double cosine(Map<String, Integer> left, Map<String, Integer> right) {
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		double dot = 0;
		for (var entry : left.entrySet()) {
			Integer other = right.get(entry.getKey());
			if (other != null) {
				dot += entry.getValue() * (double) other;
			}
		}
		return dot == 0 ? 0 : dot / (norm(left) * norm(right));
	}

	static double cosine(String a, String b) {
		return cosine(words(a), words(b));
	}

	private static double norm(Map<String, Integer> vector) {
		return Math.sqrt(vector.values().stream().mapToDouble(v -> v * (double) v).sum());
	}
}
