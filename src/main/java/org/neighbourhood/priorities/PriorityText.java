package org.neighbourhood.priorities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.publishing.ItemText;

/** A priority in one language: the issue residents raised and what the team did about it. */
@Embeddable
public record PriorityText(
        @Size(max = Priority.ISSUE_MAX) @Nullable String issue,
        @Column(name = "action_text") @Size(max = Priority.ACTION_MAX) @Nullable String action) implements ItemText {

    @Override
    public @Nullable String headline() {
        return issue;
    }

    @Override
    public boolean blank() {
        return ItemText.empty(issue, action);
    }
}
