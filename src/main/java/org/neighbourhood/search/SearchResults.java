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
 * @param totalExact whether the total was counted, not estimated, as it is for searches that find very many
 * @param typeCounts how many match of each kind, whatever kinds were chosen
 * @param neighbourhoodCounts how many match in each neighbourhood, whatever neighbourhood was chosen
 * @param countsExact whether the counts were counted, not estimated
 */
public record SearchResults(List<Hit> hits, long total, boolean totalExact, Map<String, Long> typeCounts,
        Map<Long, Long> neighbourhoodCounts, boolean countsExact, int page, int pageSize) {

    /** Nobody reads past this many pages: a search that finds more asks for more words instead. */
    public static final int MAX_PAGES = 50;

    public static SearchResults none(int pageSize) {
        return new SearchResults(List.of(), 0, true, Map.of(), Map.of(), true, 0, pageSize);
    }

    public int pages() {
        return (int) Math.min(MAX_PAGES, (total + pageSize - 1) / pageSize);
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
