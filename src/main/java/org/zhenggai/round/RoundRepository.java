package org.zhenggai.round;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RoundRepository extends ListCrudRepository<InspectionRound, Long> {

	List<InspectionRound> findAllByOrderByIdDesc();

	List<InspectionRound> findByUnitIdOrderByIdDesc(Long unitId);

	List<InspectionRound> findByOfficeRoundIdOrderByIdAsc(Long officeRoundId);
}

interface OfficeRoundRepository extends ListCrudRepository<OfficeRound, Long> {

	List<OfficeRound> findAllByOrderByIdDesc();
}
