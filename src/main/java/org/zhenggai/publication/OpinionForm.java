package org.zhenggai.publication;

import org.jspecify.annotations.Nullable;

/**
 * An opinion as the public form sends it: name and contact optional, the text required, the answer
 * to the question with its token, and {@code website}, a field people never see and robots fill in.
 */
public record OpinionForm(@Nullable String name, @Nullable String contact, @Nullable String text,
		@Nullable String answer, @Nullable String token, @Nullable String website) {

	static OpinionForm empty() {
		return new OpinionForm(null, null, null, null, null, null);
	}
}
