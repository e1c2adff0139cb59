package org.neighbourhood.forums.after;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A follow-up action as a chair records it; only published ones show publicly. */
public record ActionContent(
        @NotBlank @Size(max = 1000) String said,
        @NotBlank @Size(max = 2000) String did,
        @NotBlank @Size(max = 200) String owner,
        @Nullable LocalDate dueDate,
        @NotNull ActionStatus status,
        boolean published) {
}
