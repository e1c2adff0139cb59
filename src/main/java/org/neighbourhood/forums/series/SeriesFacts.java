package org.neighbourhood.forums.series;

import java.time.Instant;

/** A series as the rest of the forums and the public pages see it: a snapshot, never the entity. */
public record SeriesFacts(long id, String slug, SeriesContent content, Instant updatedAt) {

    static SeriesFacts of(ForumSeries series) {
        return new SeriesFacts(series.getId(), series.getSlug(), series.content(), series.getUpdatedAt());
    }
}
