package org.neighbourhood.neighbourhoods;

/** Enough of a neighbourhood to name it and link to it. */
public record NeighbourhoodSummary(long id, String slug, String name) {

    static NeighbourhoodSummary of(Neighbourhood neighbourhood) {
        return new NeighbourhoodSummary(java.util.Objects.requireNonNull(neighbourhood.getId()),
                neighbourhood.getSlug(), neighbourhood.getName());
    }
}
