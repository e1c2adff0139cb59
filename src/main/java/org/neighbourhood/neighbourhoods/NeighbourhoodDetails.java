package org.neighbourhood.neighbourhoods;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Localised;

/**
 * Everything the public page of a neighbourhood shows about the place and how to reach its team; the description by
 * language tag, only where written.
 */
public record NeighbourhoodDetails(
        long id,
        String slug,
        String name,
        Map<String, NeighbourhoodText> texts,
        @Nullable String email,
        @Nullable String phone,
        List<Neighbourhood.Link> links,
        @Nullable Geometry boundary,
        Instant updatedAt) {

    public NeighbourhoodDetails {
        texts = NeighbourhoodText.written(texts);
        links = List.copyOf(links);
    }

    /**
     * The description for a reader: in their language where written, else in the first configured language that
     * is, saying which. Empty when none is written.
     */
    public Optional<Localised<String>> summaryFor(Locale reader, ContentLanguages languages) {
        return languages.pick(texts, reader, NeighbourhoodText::written).map(chosen -> new Localised<>(
                Objects.requireNonNull(chosen.text().summary()), chosen.language(), chosen.inRequestedLanguage()));
    }
}
