package org.neighbourhood.officers;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/** What the public profile of an officer shows. */
public record OfficerProfile(
        long id,
        String slug,
        String name,
        Rank rank,
        String role,
        String teamName,
        @Nullable String bio,
        @Nullable String bioPl,
        List<String> languages,
        List<NeighbourhoodSummary> neighbourhoods,
        @Nullable String photoUrl,
        @Nullable String photoAlt,
        Instant updatedAt) {

    /** The "why I do this job" text for a visitor's language: Polish where written, else the English. */
    public @Nullable String bioFor(Locale locale) {
        return hasPolishBio() && "pl".equals(locale.getLanguage()) ? bioPl : bio;
    }

    public boolean hasPolishBio() {
        return bioPl != null && !bioPl.isBlank();
    }

    public String titledName() {
        return rank.abbreviation().isEmpty() ? name : rank.abbreviation() + " " + name;
    }
}
