package org.neighbourhood.officers;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to add an officer to the portal; the role and story by language tag, such as {@code en}, the role
 * required in the first configured language.
 */
public record NewOfficer(
        String name,
        Rank rank,
        String teamName,
        Map<String, OfficerText> texts,
        List<String> languages,
        List<String> neighbourhoodSlugs,
        @Nullable Photo photo) {
}
