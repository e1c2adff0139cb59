package org.neighbourhood.forums.series;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What a facilitator writes about a forum series, in each language teams write in, keyed by language tag such as
 * {@code en}; the first configured language is required, the others optional.
 */
public record SeriesContent(
        @NotNull Map<@Pattern(regexp = "[a-z]{2,3}") String, @Valid @NotNull SeriesText> texts,
        boolean published) {

    public SeriesContent {
        texts = Map.copyOf(texts);
    }

    public SeriesText text(String language) {
        return texts.getOrDefault(language, SeriesText.EMPTY);
    }

    /** The same content with each text tidied and the languages nobody wrote in left out. */
    SeriesContent normalised() {
        return new SeriesContent(Texts.normalised(texts, SeriesText::normalised, SeriesText::isEmpty), published);
    }
}
