package org.neighbourhood.officers;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An officer as the back office edits them, with the version the edit is based on. {@code roleAndTeamEditable}
 * is false for an officer editing their own profile: their role and team are their editors' to change.
 */
public record EditableOfficer(long id, long version, String slug, String name, Rank rank, OfficerDetails details,
        List<String> neighbourhoodNames, @Nullable String photoUrl, @Nullable String photoAlt, Instant updatedAt,
        boolean roleAndTeamEditable) {

    public String titledName() {
        return rank.abbreviation().isEmpty() ? name : rank.abbreviation() + " " + name;
    }
}
