package org.zhenggai.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What it takes to add a category to a round's feedback. */
public record NewCategory(@NotBlank @Size(max = 500) String title) {
}
