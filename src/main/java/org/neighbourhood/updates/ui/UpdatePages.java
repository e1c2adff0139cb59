package org.neighbourhood.updates.ui;

import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.Feeds;
import org.neighbourhood.base.SitemapContributor;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.PublicUpdate;
import org.springframework.stereotype.Component;

/**
 * The updates listing and each update's page: titles and previews (not found for a draft or an unknown address),
 * and the sitemap.
 */
@Component
record UpdatePages(UpdateService updates, PageTitles titles, Feeds feeds)
        implements PageMetadataProvider, SitemapContributor {

    @Override
    public void register(Pages pages) {
        pages.describe(UpdatesView.class, (route, locale) -> listing(locale));
        pages.describeFound(UpdateView.class, (slug, locale) -> updates.findPublic(slug, locale).map(this::update));
    }

    /** The listing and every public item, in the sitemap. */
    @Override
    public List<Entry> sitemapEntries() {
        return SitemapContributor.listing("updates", updates.latest(null, Locale.ENGLISH, 10_000), PublicUpdate::slug,
                PublicUpdate::updatedAt);
    }

    /** The listing, which offers the news of every team as a feed. */
    PageMetadata listing(Locale locale) {
        return titles.listing("updates", locale).withFeeds(List.of(feeds.news(locale)));
    }

    PageMetadata update(PublicUpdate u) {
        // The summary is the body's plain text, at most 160 characters: what a meta description holds.
        return titles.page(u.title(), u.summary()).withType("article").withImage(u.imageUrl());
    }
}
