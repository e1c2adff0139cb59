package org.neighbourhood.base.search;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One indexed item as every kind of content gives it: what it is, where its page is, its neighbourhoods, since
 * when the public may see it, its date, and its text per language. Only what the public page shows goes in:
 * never a venue or link kept back, nor anyone's personal data.
 *
 * @param type the kind of content, one of {@link SearchTypes}
 * @param id the item's id
 * @param slug the item's address part, when its page has one
 * @param neighbourhoodIds the neighbourhoods it belongs to; none for the force as a whole
 * @param publicFrom since when the public may see it; null while it is not public at all (a draft, unpublished).
 *     A scheduled item's time lies ahead, and queries compare it with their own now, never trusting a job
 * @param date what the item is dated by, such as an event's start; null when it has none
 * @param name a title the same in every language, such as a person's name, for languages whose text has none
 * @param texts the item's words, by language tag
 */
public record SearchEntry(String type, long id, @Nullable String slug, Set<Long> neighbourhoodIds,
        @Nullable Instant publicFrom, @Nullable Instant date, @Nullable String name, Map<String, SearchText> texts) {

    public SearchEntry {
        neighbourhoodIds = Set.copyOf(neighbourhoodIds);
        texts = Map.copyOf(texts);
    }
}
