package org.zhenggai.org;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** An organisation (单位): an inspected unit, the inspection office above it, a school below. */
class Unit {

	@Id
	private @Nullable Long id;
	private @Nullable Long parentId;
	private String name;
	/** The party body that owns rectification and signs reports, e.g. 中共某某区教育局党组. */
	private @Nullable String partyBody;
	private @Nullable String phone;
	private @Nullable String address;
	private @Nullable String postcode;
	private @Nullable String email;
	@Version
	private @Nullable Integer version;
	private Instant createdAt;

	@PersistenceCreator
	private Unit() {
		// for reading from the database
	}

	Unit(@Nullable Long parentId, String name, @Nullable String partyBody, @Nullable String phone,
			@Nullable String address, @Nullable String postcode, @Nullable String email, Instant createdAt) {
		this.parentId = parentId;
		this.name = name;
		this.partyBody = partyBody;
		this.phone = phone;
		this.address = address;
		this.postcode = postcode;
		this.email = email;
		this.createdAt = createdAt;
	}

	UnitView view() {
		return new UnitView(id, parentId, name, partyBody, phone, address, postcode, email, version);
	}

	@Nullable Long id() {
		return id;
	}
}
