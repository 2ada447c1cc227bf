package org.zhenggai.feedback;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CategoryRepository extends ListCrudRepository<Category, Long> {

	List<Category> findByRoundIdOrderByPosition(Long roundId);

	int countByRoundId(Long roundId);
}

interface ProblemRepository extends ListCrudRepository<Problem, Long> {

	List<Problem> findByRoundIdOrderByPosition(Long roundId);

	List<Problem> findByCategoryIdOrderByPosition(Long categoryId);

	int countByCategoryId(Long categoryId);
}
