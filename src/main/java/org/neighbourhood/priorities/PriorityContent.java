package org.neighbourhood.priorities;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.publishing.ItemContent;

/** What an editor writes for a priority: its text in each language written, and what has no language. */
public record PriorityContent(
        Map<String, @Valid PriorityText> texts,
        @NotNull @PastOrPresent LocalDate issueDate,
        @Nullable LocalDate actionDate,
        @NotNull PriorityStatus status) implements ItemContent<PriorityText> {

    public static final int ISSUE_MAX = Priority.ISSUE_MAX;
    public static final int ACTION_MAX = Priority.ACTION_MAX;

    public PriorityContent {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}
