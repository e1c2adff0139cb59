package org.neighbourhood.updates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What an editor writes for an update, in English and optionally in Polish; the bodies are Markdown. */
public record UpdateContent(
        @NotBlank @Size(max = TITLE_MAX) String title,
        @Size(max = TITLE_MAX) @Nullable String titlePl,
        @NotBlank @Size(max = BODY_MAX) String bodyMarkdown,
        @Size(max = BODY_MAX) @Nullable String bodyMarkdownPl) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int IMAGE_ALT_MAX = 300;
}
