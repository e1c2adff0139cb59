package org.neighbourhood.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One page of what was found, with the counts each filter would give.
 *
 * @param total how many items match, over all pages
 * @param typeCounts how many match of each kind, whatever kinds were chosen
 * @param neighbourhoodCounts how many match in each neighbourhood, whatever neighbourhood was chosen
 */
public record SearchResults(List<Hit> hits, long total, Map<String, Long> typeCounts,
        Map<Long, Long> neighbourhoodCounts, int page, int pageSize) {

    public static SearchResults none(int pageSize) {
        return new SearchResults(List.of(), 0, Map.of(), Map.of(), 0, pageSize);
    }

    public int pages() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    /**
     * One item found.
     *
     * @param title its title in the visitor's language, or else in the first language
     * @param snippetHtml a passage with the matched words in {@code <mark>}; everything else is escaped
     * @param fallback whether title and passage are in the first language because the item is not written in the
     *     visitor's
     */
    public record Hit(String type, long id, @Nullable String slug, Set<Long> neighbourhoodIds,
            @Nullable Instant date, String title, String snippetHtml, boolean fallback) {
    }
}
