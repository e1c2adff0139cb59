package org.neighbourhood.officers;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An officer as the back office edits them, with the version the edit is based on. */
public record EditableOfficer(long id, long version, String slug, String name, Rank rank, OfficerDetails details,
        List<String> neighbourhoodNames, @Nullable String photoUrl, @Nullable String photoAlt, Instant updatedAt) {

    public String titledName() {
        return rank.abbreviation().isEmpty() ? name : rank.abbreviation() + " " + name;
    }
}
