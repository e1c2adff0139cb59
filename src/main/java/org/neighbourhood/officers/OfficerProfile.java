package org.neighbourhood.officers;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Localised;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/**
 * What the public profile of an officer shows; the role and story by language tag, only where written.
 *
 * @param role the role in the first configured language it is written in, for what knows no reader, such as a link
 *        preview; a page picks the reader's with {@link #roleFor}
 */
public record OfficerProfile(
        long id,
        String slug,
        String name,
        Rank rank,
        String role,
        String teamName,
        Map<String, OfficerText> texts,
        List<String> languages,
        List<NeighbourhoodSummary> neighbourhoods,
        @Nullable String photoUrl,
        @Nullable String photoAlt,
        Instant updatedAt) {

    public OfficerProfile {
        texts = OfficerText.written(texts);
    }

    /**
     * The role for a reader: in their language where written, else in the first configured language that is,
     * saying which.
     */
    public Localised<String> roleFor(Locale reader, ContentLanguages languages) {
        return languages.pick(texts, reader, OfficerText::hasRole)
                .map(chosen -> new Localised<>(Objects.requireNonNull(chosen.text().role()), chosen.language(),
                        chosen.inRequestedLanguage()))
                .orElseGet(() -> new Localised<>(role, languages.first(), true));
    }

    /**
     * The "why I do this job" text for a reader: in their language where written, else in the first configured
     * language that is, saying which. Empty when the officer has written none.
     */
    public Optional<Localised<String>> bioFor(Locale reader, ContentLanguages languages) {
        return languages.pick(texts, reader, OfficerText::hasBio).map(chosen -> new Localised<>(
                Objects.requireNonNull(chosen.text().bio()), chosen.language(), chosen.inRequestedLanguage()));
    }

    public String titledName() {
        return rank.abbreviation().isEmpty() ? name : rank.abbreviation() + " " + name;
    }
}
