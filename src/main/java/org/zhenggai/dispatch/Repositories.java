package org.zhenggai.dispatch;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface DispatchMeetingRepository extends ListCrudRepository<DispatchMeeting, Long> {

	List<DispatchMeeting> findByRoundIdOrderByHeldOnDescIdDesc(Long roundId);
}

interface SpotCheckRepository extends ListCrudRepository<SpotCheck, Long> {

	List<SpotCheck> findByRoundIdOrderByIdDesc(Long roundId);
}
