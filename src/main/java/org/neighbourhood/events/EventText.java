package org.neighbourhood.events;

import jakarta.validation.constraints.Size;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.publishing.ItemText;

/**
 * An event in one language: its title, its description and what someone needs to know to get in and take part
 * (step-free access, a hearing loop), which is read by those who most need it in their own language.
 */
@Embeddable
public record EventText(
        @Size(max = EventContent.TITLE_MAX) @Nullable String title,
        @Size(max = EventContent.DESCRIPTION_MAX) @Nullable String description,
        @Size(max = EventContent.ACCESSIBILITY_MAX) @Nullable String accessibilityNotes) implements ItemText {

    /** An event's text that says nothing about access. */
    public EventText(@Nullable String title, @Nullable String description) {
        this(title, description, null);
    }

    @Override
    public @Nullable String headline() {
        return title;
    }

    @Override
    public boolean blank() {
        return ItemText.empty(title, description, accessibilityNotes);
    }
}
