package org.zhenggai.accountability;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AccountabilityActionRepository extends ListCrudRepository<AccountabilityAction, Long> {

	List<AccountabilityAction> findByRoundIdOrderByTakenOnDescIdDesc(Long roundId);
}

interface ClueRepository extends ListCrudRepository<Clue, Long> {

	List<Clue> findByRoundIdOrderByReceivedOnDescIdDesc(Long roundId);
}

interface PetitionRepository extends ListCrudRepository<Petition, Long> {

	List<Petition> findByRoundIdOrderByReceivedOnDescIdDesc(Long roundId);
}
