package org.neighbourhood.base.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Feed;

/**
 * What the first HTML of a public address says about the page before any script runs: its title,
 * description and preview for search engines and link previews, and its HTTP status.
 *
 * @param title the whole document title, force name included
 * @param imagePath a raster image for link previews, relative to the site root, if the page has one
 * @param jsonLd schema.org JSON-LD describing the page, if any
 * @param feeds the calendars and news feeds the page offers, which its head names for browsers and feed readers
 */
public record PageMetadata(String title, String description, int status, String openGraphType,
        @Nullable String imagePath, @Nullable String jsonLd, boolean indexable, List<Feed> feeds) {

    public PageMetadata {
        feeds = List.copyOf(feeds);
    }

    public PageMetadata(String title, String description, int status, String openGraphType,
            @Nullable String imagePath, @Nullable String jsonLd, boolean indexable) {
        this(title, description, status, openGraphType, imagePath, jsonLd, indexable, List.of());
    }

    public PageMetadata(String title, String description, int status, String openGraphType, @Nullable String imagePath,
            @Nullable String jsonLd) {
        this(title, description, status, openGraphType, imagePath, jsonLd, status == 200);
    }

    /**
     * A page for one person, reached through a link in their email: never indexed, and with no canonical
     * address or language alternates that would repeat the private part of its address.
     */
    public static PageMetadata personal(String title, String description) {
        return new PageMetadata(title, description, 200, "website", null, null, false);
    }

    /** A page of search results: public, but never indexed, so that search engines list the pages themselves. */
    public static PageMetadata results(String title, String description) {
        return new PageMetadata(title, description, 200, "website", null, null, false);
    }

    public static PageMetadata page(String title, String description) {
        return new PageMetadata(title, description, 200, "website", null, null);
    }

    public static PageMetadata notFound(String title, String description) {
        return new PageMetadata(title, description, 404, "website", null, null);
    }

    /** A page that cannot be shown for the moment (503): never indexed, so no canonical address either. */
    public static PageMetadata unavailable(String title, String description) {
        return new PageMetadata(title, description, 503, "website", null, null, false);
    }

    public PageMetadata withType(String type) {
        return new PageMetadata(title, description, status, type, imagePath, jsonLd, indexable, feeds);
    }

    public PageMetadata withImage(@Nullable String path) {
        return new PageMetadata(title, description, status, openGraphType, path, jsonLd, indexable, feeds);
    }

    /** The same page offering these feeds. */
    public PageMetadata withFeeds(List<Feed> offered) {
        return new PageMetadata(title, description, status, openGraphType, imagePath, jsonLd, indexable, offered);
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** A page found but kept out of search engines: one made by {@link #personal}. */
    public boolean isPersonal() {
        return status == 200 && !indexable;
    }
}
