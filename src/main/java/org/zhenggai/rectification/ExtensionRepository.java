package org.zhenggai.rectification;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ExtensionRepository extends ListCrudRepository<DeadlineExtension, Long> {

	List<DeadlineExtension> findByMeasureIdOrderByIdDesc(Long measureId);

	List<DeadlineExtension> findByStatusOrderByIdAsc(DeadlineExtension.Status status);

	boolean existsByMeasureIdAndStatus(Long measureId, DeadlineExtension.Status status);
}
