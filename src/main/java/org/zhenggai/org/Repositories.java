package org.zhenggai.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

	List<Unit> findAllByOrderById();
}

interface DepartmentRepository extends ListCrudRepository<Department, Long> {

	List<Department> findByUnitIdOrderByPositionAscIdAsc(Long unitId);

	boolean existsByUnitIdAndName(Long unitId, String name);

	int countByUnitId(Long unitId);
}

interface PersonRepository extends ListCrudRepository<Person, Long> {

	List<Person> findByUnitIdOrderByLeaderDescIdAsc(Long unitId);
}

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	List<Account> findByUnitIdOrderByUsername(Long unitId);
}
