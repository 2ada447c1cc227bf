package org.zhenggai.rectification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeasureRepository extends ListCrudRepository<Measure, Long> {

	List<Measure> findByProblemIdOrderByPosition(Long problemId);

	int countByProblemId(Long problemId);
}

interface ProgressReportRepository extends ListCrudRepository<ProgressReport, Long> {

	List<ProgressReport> findByMeasureIdOrderByReportedOnDescIdDesc(Long measureId);

	Optional<ProgressReport> findFirstByMeasureIdOrderByReportedOnDescIdDesc(Long measureId);
}
