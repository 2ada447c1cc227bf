package org.zhenggai.org;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A person of a unit: a leader (who can be the responsible leader of a problem) or a member of a
 * department (who can be the responsible person of a measure).
 */
class Person {

	@Id
	private @Nullable Long id;
	private Long unitId;
	private @Nullable Long departmentId;
	private String name;
	private @Nullable String title;
	private boolean leader;
	private @Nullable String phone;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Person() {
		// for reading from the database
	}

	Person(Long unitId, @Nullable Long departmentId, String name, @Nullable String title, boolean leader,
			@Nullable String phone, Instant createdAt) {
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.name = name;
		this.title = title;
		this.leader = leader;
		this.phone = phone;
		this.createdAt = createdAt;
	}

	PersonView view() {
		return new PersonView(id, unitId, departmentId, name, title, leader, phone, version);
	}
}
