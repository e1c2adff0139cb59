package org.neighbourhood.officers;

import java.time.Instant;
import java.util.List;

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
        List<String> languages,
        List<NeighbourhoodSummary> neighbourhoods,
        @Nullable String photoUrl,
        @Nullable String photoAlt,
        Instant updatedAt) {

    public String titledName() {
        return rank.abbreviation().isEmpty() ? name : rank.abbreviation() + " " + name;
    }
}
