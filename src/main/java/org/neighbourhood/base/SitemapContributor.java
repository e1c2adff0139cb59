package org.neighbourhood.base;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A feature's public addresses for {@code sitemap.xml}: only what anyone may see, never a draft. */
public interface SitemapContributor {

    List<Entry> sitemapEntries();

    /** A public page by its path without the leading slash, such as {@code neighbourhoods/riverside}. */
    record Entry(String path, @Nullable Instant lastModified) {
    }
}
