package org.zhenggai.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The phrases generated texts are built from, taken from published reports on rectification
 * (generator/vocabulary.txt): category and problem titles, measures, progress, and the topics and
 * shortcomings manifestations are made of.
 */
final class Vocabulary {

	private final Map<String, List<String>> sections;

	private Vocabulary(Map<String, List<String>> sections) {
		this.sections = sections;
	}

	static Vocabulary load() {
		var sections = new HashMap<String, List<String>>();
		try (var in = Vocabulary.class.getResourceAsStream("/generator/vocabulary.txt")) {
			if (in == null) {
				throw new IllegalStateException("generator/vocabulary.txt is missing from the classpath");
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> current = null;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String s = line.strip();
				if (s.isEmpty() || s.startsWith("#")) {
					continue;
				}
				if (s.startsWith("[") && s.endsWith("]")) {
					current = sections.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
				}
				else if (current != null) {
					current.add(s);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Vocabulary(sections);
	}

	List<String> section(String name) {
		var phrases = sections.get(name);
		if (phrases == null || phrases.isEmpty()) {
			throw new IllegalStateException("generator/vocabulary.txt has no phrases under [" + name + "]");
		}
		return phrases;
	}

	String pick(String section, SplittableRandom random) {
		var phrases = section(section);
		return phrases.get(random.nextInt(phrases.size()));
	}
}
