package org.zhenggai.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad arguments are refused with a message naming them, before any database is touched. */
class GenerateCommandTests {

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@ValueSource(strings = { "--units 3", "--seed 1", "--units 0 --seed 1", "--units three --seed 1",
			"--units 3 --seed 1 --today 2026-13-01", "--units 3 --seed 1 --colour red", "--units 3 --seed" })
	void refusesBadArguments(String arguments) {
		int exit = GenerateCommand.run(List.of(arguments.split(" ")), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
					throw new AssertionError("no application may start for bad arguments");
				});

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: generate --units N --seed S");
	}

	@Test
	void namesTheUnknownArgument() {
		GenerateCommand.run(List.of("--units", "3", "--seed", "1", "--colour"), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8), () -> null);

		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--colour");
	}

	@Test
	void everyPhraseSectionTheGeneratorUsesIsFilled() {
		var words = Vocabulary.load();

		for (var section : List.of("category", "problem", "measure", "progress", "under-way", "topic", "shortcoming")) {
			assertThat(words.section(section)).as(section).isNotEmpty().allMatch(p -> !p.isBlank());
		}
		assertThat(words.section("category")).hasSizeGreaterThanOrEqualTo(6);
	}
}
