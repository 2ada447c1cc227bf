package org.zhenggai.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;

@RestController
@Tag(name = "Inspection office overview", description = "巡察办总览：各单位完成率、逾期率、排名与无进展单位")
class OfficeOverviewApi {

	private final OfficeOverviewQuery overview;

	OfficeOverviewApi(OfficeOverviewQuery overview) {
		this.overview = overview;
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/api/v1/office-rounds/{id}/overview")
	@Operation(summary = "A round of inspections in figures per unit, ranked by completion then overdue rate; "
			+ "idle lists the units with no progress for more than idleDays days (default 30). Without size the "
			+ "ranking holds every unit; with size (and page, from 0) one page of it, rankingPage saying which. "
			+ "Totals, idle units and proposals always cover every unit")
	OfficeOverview overview(@PathVariable long id,
			@RequestParam(defaultValue = "30") @Min(1) @Max(3650) int idleDays,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(required = false) @Min(1) @Max(1000) Integer size) {
		var figures = overview.overview(id, idleDays);
		return size == null ? figures : figures.page(page, size);
	}

	@Performs(Action.READ_OFFICE_ROUNDS)
	@GetMapping("/api/v1/office-overview")
	@Operation(summary = "Every round of inspections the account oversees in figures, rolled up per office below "
			+ "it (county → city → province)")
	OfficeRollUp rollUp() {
		return overview.rollUp();
	}
}
