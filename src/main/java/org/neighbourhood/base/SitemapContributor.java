package org.neighbourhood.base;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** A feature's public addresses for {@code sitemap.xml}: only what anyone may see, never a draft. */
public interface SitemapContributor {

    List<Entry> sitemapEntries();

    /**
     * A listing page and the page of each thing it lists, such as {@code events} and {@code events/<slug>}.
     *
     * @param listing the listing's path, under which each thing's page is
     */
    static <T> List<Entry> listing(String listing, List<T> listed, Function<T, String> slug,
            Function<T, Instant> updatedAt) {
        var entries = new ArrayList<Entry>();
        entries.add(new Entry(listing, null));
        listed.forEach(thing -> entries.add(new Entry(listing + "/" + slug.apply(thing), updatedAt.apply(thing))));
        return entries;
    }

    /** A public page by its path without the leading slash, such as {@code neighbourhoods/riverside}. */
    record Entry(String path, @Nullable Instant lastModified) {
    }
}
