package org.zhenggai.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends ListCrudRepository<SupervisionNotice, Long> {

	List<SupervisionNotice> findByMeasureIdOrderByIdDesc(Long measureId);

	List<SupervisionNotice> findByDepartmentIdOrderByIdDesc(Long departmentId);

	List<SupervisionNotice> findAllByOrderByIdDesc();

	@Query("select * from supervision_notice where status = 'ISSUED' and reply_deadline < :today order by id")
	List<SupervisionNotice> unansweredBefore(@Param("today") LocalDate today);
}
