package org.neighbourhood.priorities;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What an editor writes for a priority, in English and optionally in Polish. */
public record PriorityContent(
        @NotBlank @Size(max = Priority.ISSUE_MAX) String issue,
        @Size(max = Priority.ISSUE_MAX) @Nullable String issuePl,
        @NotNull @PastOrPresent LocalDate issueDate,
        @Size(max = Priority.ACTION_MAX) @Nullable String action,
        @Size(max = Priority.ACTION_MAX) @Nullable String actionPl,
        @Nullable LocalDate actionDate,
        @NotNull PriorityStatus status) {

    public static final int ISSUE_MAX = Priority.ISSUE_MAX;
    public static final int ACTION_MAX = Priority.ACTION_MAX;
}
