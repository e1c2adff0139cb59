package org.neighbourhood.updates.ui;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.updates.UpdateContent;

/** What the update editor's fields hold while someone types, kept even when a save fails. */
final class UpdateForm {

    private @Nullable NeighbourhoodSummary neighbourhood;
    private String title = "";
    private String titlePl = "";
    private String body = "";
    private String bodyPl = "";

    static UpdateForm of(@Nullable NeighbourhoodSummary neighbourhood, UpdateContent c) {
        var form = new UpdateForm();
        form.neighbourhood = neighbourhood;
        form.title = c.title();
        form.titlePl = orEmpty(c.titlePl());
        form.body = c.bodyMarkdown();
        form.bodyPl = orEmpty(c.bodyMarkdownPl());
        return form;
    }

    UpdateContent content() {
        return new UpdateContent(title.strip(), blankToNull(titlePl), body.strip(), blankToNull(bodyPl));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    @Nullable NeighbourhoodSummary getNeighbourhood() { return neighbourhood; }
    void setNeighbourhood(@Nullable NeighbourhoodSummary value) { neighbourhood = value; }
    String getTitle() { return title; }
    void setTitle(String value) { title = value; }
    String getTitlePl() { return titlePl; }
    void setTitlePl(String value) { titlePl = value; }
    String getBody() { return body; }
    void setBody(String value) { body = value; }
    String getBodyPl() { return bodyPl; }
    void setBodyPl(String value) { bodyPl = value; }
}
