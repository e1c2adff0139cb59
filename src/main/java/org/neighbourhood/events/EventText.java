package org.neighbourhood.events;

import jakarta.validation.constraints.Size;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.publishing.ItemText;

/** An event in one language: its title and description. */
@Embeddable
public record EventText(
        @Size(max = EventContent.TITLE_MAX) @Nullable String title,
        @Size(max = EventContent.DESCRIPTION_MAX) @Nullable String description) implements ItemText {

    @Override
    public @Nullable String headline() {
        return title;
    }

    @Override
    public boolean written() {
        return title != null && !title.isBlank();
    }

    @Override
    public boolean blank() {
        return !written() && (description == null || description.isBlank());
    }
}
