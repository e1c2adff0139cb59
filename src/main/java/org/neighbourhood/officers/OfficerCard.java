package org.neighbourhood.officers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An officer as a card in a team: who they are and the photo that shows them. */
public record OfficerCard(String slug, String name, Rank rank, String role, @Nullable String photoUrl,
        @Nullable String photoAlt, List<String> languages) {

    /** The name with the rank before it, as in "PC Jo Bloggs". */
    public String titledName() {
        return rank.abbreviation().isEmpty() ? name : rank.abbreviation() + " " + name;
    }
}
