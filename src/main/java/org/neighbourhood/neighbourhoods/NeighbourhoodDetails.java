package org.neighbourhood.neighbourhoods;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/** Everything the public page of a neighbourhood shows about the place and how to reach its team. */
public record NeighbourhoodDetails(
        long id,
        String slug,
        String name,
        @Nullable String summary,
        @Nullable String email,
        @Nullable String phone,
        List<Neighbourhood.Link> links,
        @Nullable Geometry boundary,
        Instant updatedAt) {
}
