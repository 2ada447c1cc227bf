package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The table people read in docs/SECURITY.md is the one the code enforces. */
class AccessTableTest {

	@Test
	void theDocumentedTableIsTheEnforcedOne() throws Exception {
		assertThat(Files.readString(Path.of("docs", "SECURITY.md"))).contains(AccessTable.markdown());
	}

	@Test
	void theAuditorReadsTheTrailOnlyAndTheInspectionOfficeNeverEdits() {
		for (Action action : Action.values()) {
			if (action != Action.PUBLIC && action != Action.OWN_ACCOUNT && action != Action.READ_AUDIT) {
				assertThat(AccessTable.scope(Role.AUDITOR, action)).as(action.name()).isEqualTo(Scope.NONE);
			}
			if (!action.name().startsWith("READ") && action != Action.EXPORT && action != Action.PUBLIC
					&& action != Action.OWN_ACCOUNT) {
				assertThat(AccessTable.scope(Role.INSPECTION_OFFICE, action)).as(action.name()).isEqualTo(Scope.NONE);
			}
		}
	}
}
