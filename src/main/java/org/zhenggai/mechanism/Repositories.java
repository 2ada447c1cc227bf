package org.zhenggai.mechanism;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RuleRepository extends ListCrudRepository<Rule, Long> {

	List<Rule> findByRoundIdOrderByIssuedOnAscIdAsc(Long roundId);
}

interface LookBackRepository extends ListCrudRepository<LookBack, Long> {

	List<LookBack> findByRoundIdOrderByDueOnAscIdAsc(Long roundId);

	List<LookBack> findByProblemIdOrderByDueOnAscIdAsc(Long problemId);

	List<LookBack> findByOutcomeIsNullAndDueOnLessThanEqualOrderByDueOnAscIdAsc(LocalDate dueOn);

	boolean existsByProblemIdAndDueOn(Long problemId, LocalDate dueOn);
}

interface RecurrenceRepository extends ListCrudRepository<Recurrence, Long> {

	List<Recurrence> findByRoundIdOrderByIdAsc(Long roundId);

	List<Recurrence> findByProblemIdOrderByIdAsc(Long problemId);

	boolean existsByProblemIdAndEarlierProblemId(Long problemId, Long earlierProblemId);
}

interface RatingRepository extends ListCrudRepository<UnitRating, Long> {

	java.util.Optional<UnitRating> findByRoundId(Long roundId);
}

interface CommonProblemRepository extends ListCrudRepository<CommonProblem, Long> {

	List<CommonProblem> findByOfficeRoundIdOrderByPositionAsc(Long officeRoundId);

	List<CommonProblem> findByOfficeRoundIdAndConfirmedTrueOrderByPositionAsc(Long officeRoundId);
}
