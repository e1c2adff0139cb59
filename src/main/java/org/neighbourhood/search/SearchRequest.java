package org.neighbourhood.search;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks for: words, and the filters they chose.
 *
 * @param text the words as typed
 * @param types the kinds of content to keep (see {@code SearchTypes}); none for every kind
 * @param neighbourhoodId only what belongs to this neighbourhood; null for all
 * @param upcoming only events still to come
 * @param page the page of results, from 0
 */
public record SearchRequest(String text, Set<String> types, @Nullable Long neighbourhoodId, boolean upcoming,
        int page) {

    public SearchRequest {
        types = Set.copyOf(types);
        page = Math.max(0, page);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), null, false, 0);
    }
}
