package org.zhenggai.org;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;

/** Units, their departments and people: the directory every other module assigns work from. */
@Service
@Transactional(readOnly = true)
public class OrgService {

	private final UnitRepository units;
	private final Access access;
	private final DepartmentRepository departments;
	private final PersonRepository people;
	private final AuditLog audit;
	private final Clock clock;

	OrgService(UnitRepository units, DepartmentRepository departments, PersonRepository people, AuditLog audit,
			Clock clock, @Lazy Access access) {
		this.access = access;
		this.units = units;
		this.departments = departments;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	public List<UnitView> units() {
		var reach = access.reach(Action.READ_ORG);
		return units.findAllByOrderById().stream().filter(u -> reach.includes(u.id())).map(Unit::view).toList();
	}

	public UnitView unit(long id) {
		return findUnit(id).orElseThrow(() -> new NotFoundException("unit", id));
	}

	public Optional<UnitView> findUnit(long id) {
		return units.findById(id).map(Unit::view);
	}

	public Optional<DepartmentView> findDepartment(long id) {
		// A department of a unit out of reach is as good as unknown, so no name leaks through a pick-list or a title.
		return departments.findById(id).map(Department::view).filter(d -> access.reach(Action.READ_ORG).includes(d.unitId()));
	}

	public Optional<PersonView> findPerson(long id) {
		return people.findById(id).map(Person::view);
	}

	/** Whether the department exists and belongs to the unit: work is assigned only inside a unit. */
	public boolean isDepartmentOf(long unitId, long departmentId) {
		return findDepartment(departmentId).map(d -> d.unitId().equals(unitId)).orElse(false);
	}

	/** Whether the person exists and belongs to the unit. */
	public boolean isPersonOf(long unitId, long personId) {
		return findPerson(personId).map(p -> p.unitId().equals(unitId)).orElse(false);
	}

	public List<DepartmentView> departmentsOf(long unitId) {
		unit(unitId);
		return departments.findByUnitIdOrderByPositionAscIdAsc(unitId).stream().map(Department::view).toList();
	}

	public List<PersonView> peopleOf(long unitId) {
		unit(unitId);
		return people.findByUnitIdOrderByLeaderDescIdAsc(unitId).stream().map(Person::view).toList();
	}

	@Transactional
	public UnitView createUnit(NewUnit command) {
		if (command.parentId() != null && units.findById(command.parentId()).isEmpty()) {
			throw InvalidInputException.of("parentId", "validation.unknown", command.parentId());
		}
		var unit = units.save(new Unit(command.parentId(), command.name().strip(), command.partyBody(),
				command.phone(), command.address(), command.postcode(), command.email(), now()));
		var view = unit.view();
		audit.record(AuditAction.CREATE, "unit", view.id(), null, view);
		return view;
	}

	@Transactional
	public DepartmentView createDepartment(long unitId, NewDepartment command) {
		unit(unitId);
		String name = command.name().strip();
		if (departments.existsByUnitIdAndName(unitId, name)) {
			throw InvalidInputException.of("name", "validation.department-exists", name);
		}
		int position = departments.countByUnitId(unitId) + 1;
		var view = departments.save(new Department(unitId, name, position, command.email(), now())).view();
		audit.record(AuditAction.CREATE, "department", view.id(), null, view);
		return view;
	}

	@Transactional
	public PersonView createPerson(long unitId, NewPerson command) {
		unit(unitId);
		if (command.departmentId() != null && !isDepartmentOf(unitId, command.departmentId())) {
			throw InvalidInputException.of("departmentId", "validation.unknown-department", command.departmentId());
		}
		var view = people.save(new Person(unitId, command.departmentId(), command.name().strip(), command.title(),
				command.leader(), command.phone(), now())).view();
		audit.record(AuditAction.CREATE, "person", view.id(), null, view);
		return view;
	}

	private Instant now() {
		return Instant.now(clock);
	}
}
