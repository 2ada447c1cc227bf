package org.zhenggai.org;

import org.jspecify.annotations.Nullable;

/** A unit as other modules and API clients see it, with its contact channels for the public. */
public record UnitView(Long id, @Nullable Long parentId, String name, @Nullable String partyBody,
		@Nullable String phone, @Nullable String address, @Nullable String postcode, @Nullable String email,
		Integer version) {
}
