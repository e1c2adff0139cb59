package org.neighbourhood.updates;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.publishing.ItemText;

/** An update in one language: its title and its body in Markdown. */
@Embeddable
public record UpdateText(
        @Size(max = UpdateContent.TITLE_MAX) @Nullable String title,
        @Size(max = UpdateContent.BODY_MAX) @Nullable String bodyMarkdown) implements ItemText {

    /** Both a title and a body: an update is its text, so a title alone is not shown. */
    @Override
    public @Nullable String headline() {
        return title;
    }

    @Override
    public boolean written() {
        return !ItemText.empty(title) && !ItemText.empty(bodyMarkdown);
    }

    @Override
    public boolean blank() {
        return ItemText.empty(title, bodyMarkdown);
    }
}
