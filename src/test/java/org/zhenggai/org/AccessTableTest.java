package org.zhenggai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The table people read in docs/SECURITY.md is the one the code enforces. */
class AccessTableTest {

	@Test
	void theDocumentedTableIsTheEnforcedOne() throws Exception {
		assertThat(Files.readString(Path.of("docs", "SECURITY.md"))).contains(AccessTable.markdown());
	}

	/** What the inspection office does of its own: its rounds of inspections, ratings and common problems. */
	private static final Set<Action> INSPECTION_OFFICE_WORK = EnumSet.of(Action.MANAGE_OFFICE_ROUNDS, Action.RATE_UNIT,
			Action.PUBLISH_COMMON_PROBLEMS);

	/** A refusal names the role and the action in the reader's language. */
	@Test
	void everyActionAndRoleHasANameInEachLanguage() throws Exception {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			var names = new Properties();
			try (var in = getClass().getResourceAsStream("/" + bundle)) {
				names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (Action action : Action.values()) {
				assertThat(names.getProperty("Action." + action)).as(bundle + " Action." + action).isNotBlank();
			}
			for (Role role : Role.values()) {
				assertThat(names.getProperty("Role." + role)).as(bundle + " Role." + role).isNotBlank();
			}
		}
	}

	@Test
	void theAuditorReadsTheTrailOnlyAndTheInspectionOfficeNeverEditsAUnitsWork() {
		for (Action action : Action.values()) {
			if (action != Action.PUBLIC && action != Action.OWN_ACCOUNT && action != Action.READ_AUDIT) {
				assertThat(AccessTable.scope(Role.AUDITOR, action)).as(action.name()).isEqualTo(Scope.NONE);
			}
			if (!action.name().startsWith("READ") && action != Action.EXPORT && action != Action.PUBLIC
					&& action != Action.OWN_ACCOUNT && !INSPECTION_OFFICE_WORK.contains(action)) {
				assertThat(AccessTable.scope(Role.INSPECTION_OFFICE, action)).as(action.name()).isEqualTo(Scope.NONE);
			}
		}
	}
}
