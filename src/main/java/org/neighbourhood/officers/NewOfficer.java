package org.neighbourhood.officers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What it takes to add an officer to the portal. */
public record NewOfficer(
        String name,
        Rank rank,
        String role,
        String teamName,
        @Nullable String bio,
        List<String> languages,
        List<String> neighbourhoodSlugs,
        @Nullable Photo photo) {
}
