package org.zhenggai.org;

import org.jspecify.annotations.Nullable;

/** A person as other modules and API clients see it. */
public record PersonView(Long id, Long unitId, @Nullable Long departmentId, String name, @Nullable String title,
		boolean leader, @Nullable String phone, Integer version) {
}
