package org.zhenggai.dispatch;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A dispatch meeting to record: when, who chaired, who attended, which measures it heard. */
public record NewDispatchMeeting(@NotNull LocalDate heldOn, @NotNull Long chairId,
		@NotBlank @Size(max = 2000) String attendees, @NotEmpty List<Long> measureIds,
		@Size(max = 4000) @Nullable String summary) {
}
