package org.zhenggai.org;

import org.jspecify.annotations.Nullable;

/** A department as other modules and API clients see it. */
public record DepartmentView(Long id, Long unitId, String name, int position, @Nullable String email, Integer version) {
}
