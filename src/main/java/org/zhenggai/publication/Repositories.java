package org.zhenggai.publication;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PublicReportRepository extends ListCrudRepository<PublicReport, Long> {

	List<PublicReport> findByRoundIdOrderByEditionDesc(Long roundId);
}

interface PublicOpinionRepository extends ListCrudRepository<PublicOpinion, Long> {
}
