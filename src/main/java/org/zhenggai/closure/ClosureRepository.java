package org.zhenggai.closure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ClosureRepository extends ListCrudRepository<ClosureRequest, Long> {

	List<ClosureRequest> findByMeasureIdOrderByIdDesc(Long measureId);

	boolean existsByMeasureIdAndStatusIn(Long measureId, Collection<ClosureRequest.Status> statuses);

	List<ClosureRequest> findByStatusOrderByIdAsc(ClosureRequest.Status status);
}
