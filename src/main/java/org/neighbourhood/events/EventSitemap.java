package org.neighbourhood.events;

import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.SitemapContributor;
import org.springframework.stereotype.Component;

/** The events listing and every public, upcoming event, for the sitemap. */
@Component
class EventSitemap implements SitemapContributor {

    private final EventService events;

    EventSitemap(EventService events) {
        this.events = events;
    }

    @Override
    public List<Entry> sitemapEntries() {
        var entries = new java.util.ArrayList<Entry>();
        entries.add(new Entry("events", null));
        events.upcoming(EventService.Filter.ALL, Locale.ENGLISH, 10_000)
                .forEach(e -> entries.add(new Entry("events/" + e.slug(), e.updatedAt())));
        return entries;
    }
}
