package org.zhenggai.org;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A department (科室/处室) of a unit that can lead or assist a measure. */
class Department {

	@Id
	private @Nullable Long id;
	private Long unitId;
	private String name;
	private int position;
	private @Nullable String email;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Department() {
		// for reading from the database
	}

	Department(Long unitId, String name, int position, @Nullable String email, Instant createdAt) {
		this.email = email;
		this.unitId = unitId;
		this.name = name;
		this.position = position;
		this.createdAt = createdAt;
	}

	DepartmentView view() {
		return new DepartmentView(id, unitId, name, position, email, version);
	}
}
