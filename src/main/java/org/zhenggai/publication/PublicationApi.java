package org.zhenggai.publication;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;

@RestController
@Tag(name = "Publication and opinions", description = "整改情况通报的公开与群众意见")
class PublicationApi {

	private final PublicationService publications;
	private final OpinionService opinions;

	PublicationApi(PublicationService publications, OpinionService opinions) {
		this.publications = publications;
		this.opinions = opinions;
	}

	/** Where a new edition starts: the ledger as it stands, or the latest published edition's words. */
	record PrepareCommand(@Nullable Boolean fromPublished) {
	}

	record ApproveCommand(@Nullable Integer version) {
	}

	record PublishCommand(@Nullable LocalDate publishedOn, @Nullable Integer version) {
	}

	record AssignCommand(@Nullable Long departmentId, @Nullable Integer version) {
	}

	record ReplyCommand(@Nullable String reply, @Nullable Integer version) {
	}

	record LinkCommand(@Nullable Long problemId, @Nullable Long measureId, @Nullable Boolean reopen,
			@Nullable Integer version) {
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/rounds/{id}/publications")
	@Operation(summary = "Every edition of the round's public report, newest first")
	List<PublicReportView> editions(@PathVariable long id) {
		return publications.reportsOf(id);
	}

	@Performs(Action.PREPARE_PUBLICATION)
	@PostMapping("/api/v1/rounds/{id}/publications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a new edition, from the ledger or (fromPublished) from the latest published words; "
			+ "409 while another edition is open")
	PublicReportView prepare(@PathVariable long id, @RequestBody(required = false) @Nullable PrepareCommand command) {
		return publications.prepare(id, command != null && Boolean.TRUE.equals(command.fromPublished()));
	}

	@Performs(Action.READ_OVERVIEW)
	@GetMapping("/api/v1/publications/{id}")
	@Operation(summary = "One edition with its text")
	PublicReportView edition(@PathVariable long id) {
		return publications.report(id);
	}

	@Performs(Action.PREPARE_PUBLICATION)
	@PostMapping("/api/v1/publications/{id}/text")
	@Operation(summary = "Replace the words of an unpublished edition (one paragraph a line); it goes back to draft")
	PublicReportView edit(@PathVariable long id, @Valid @RequestBody PublicationService.ReportEdit edit) {
		return publications.edit(id, edit);
	}

	@Performs(Action.APPROVE_PUBLICATION)
	@PostMapping("/api/v1/publications/{id}/approval")
	@Operation(summary = "Approve a draft as a leader of the unit")
	PublicReportView approve(@PathVariable long id, @RequestBody(required = false) @Nullable ApproveCommand command) {
		return publications.approve(id, command == null ? null : command.version());
	}

	@Performs(Action.PREPARE_PUBLICATION)
	@PostMapping("/api/v1/publications/{id}/publish")
	@Operation(summary = "Publish an approved edition with a date (today when none): frozen from then on")
	PublicReportView publish(@PathVariable long id, @RequestBody(required = false) @Nullable PublishCommand command) {
		return publications.publish(id, command == null ? null : command.publishedOn(),
				command == null ? null : command.version());
	}

	@Performs(Action.READ_OPINIONS)
	@GetMapping("/api/v1/opinions")
	@Operation(summary = "Opinions from the public the account may read, newest first; filter by status")
	List<OpinionService.InboxRow> inbox(@RequestParam(required = false) @Nullable OpinionStatus status) {
		return opinions.inbox(status);
	}

	@Performs(Action.READ_OPINIONS)
	@GetMapping("/api/v1/opinions/counts")
	@Operation(summary = "Opinions received and still open per published report")
	List<OpinionService.ReportCount> counts() {
		return opinions.countsPerReport();
	}

	@Performs(Action.READ_OPINIONS)
	@GetMapping("/api/v1/opinions/{id}")
	@Operation(summary = "One opinion")
	OpinionView opinion(@PathVariable long id) {
		return opinions.opinion(id);
	}

	@Performs(Action.HANDLE_OPINION)
	@PostMapping("/api/v1/opinions/{id}/assignment")
	@Operation(summary = "Assign an opinion to a department of its unit")
	OpinionView assign(@PathVariable long id, @RequestBody AssignCommand command) {
		return opinions.assign(id, command.departmentId(), command.version());
	}

	@Performs(Action.HANDLE_OPINION)
	@PostMapping("/api/v1/opinions/{id}/reply")
	@Operation(summary = "Reply; the sender reads the reply under the receipt number")
	OpinionView reply(@PathVariable long id, @RequestBody ReplyCommand command) {
		return opinions.reply(id, command.reply(), command.version());
	}

	@Performs(Action.HANDLE_OPINION)
	@PostMapping("/api/v1/opinions/{id}/handled")
	@Operation(summary = "Mark an answered opinion handled")
	OpinionView handled(@PathVariable long id, @RequestBody(required = false) @Nullable ApproveCommand command) {
		return opinions.markHandled(id, command == null ? null : command.version());
	}

	@Performs(Action.HANDLE_OPINION)
	@PostMapping("/api/v1/opinions/{id}/link")
	@Operation(summary = "Link to the problem or measure concerned; reopen=true reopens a closed or completed "
			+ "measure, or withdraws a problem's closure (needs the right to review closures)")
	OpinionView link(@PathVariable long id, @RequestBody LinkCommand command) {
		return opinions.link(id, command.problemId(), command.measureId(), Boolean.TRUE.equals(command.reopen()),
				command.version());
	}
}
