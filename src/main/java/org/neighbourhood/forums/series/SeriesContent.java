package org.neighbourhood.forums.series;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What a facilitator writes about a forum series, in English and optionally Polish. */
public record SeriesContent(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Nullable String namePl,
        @NotBlank @Size(max = 500) String summary,
        @Size(max = 500) @Nullable String summaryPl,
        @Size(max = 4000) @Nullable String description,
        @Size(max = 4000) @Nullable String descriptionPl,
        @Size(max = 200) @Nullable String cadence,
        @Size(max = 200) @Nullable String cadencePl,
        boolean published) {
}
