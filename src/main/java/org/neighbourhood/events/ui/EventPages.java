package org.neighbourhood.events.ui;

import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.Feeds;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.JsonLd;
import org.neighbourhood.base.SitemapContributor;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventService.PublicEvent;
import org.springframework.stereotype.Component;

/** The events listing and each public event: titles, previews and schema.org JSON-LD, and the sitemap. */
@Component
record EventPages(EventService events, PageTitles titles, Feeds feeds)
        implements PageMetadataProvider, SitemapContributor {

    @Override
    public void register(Pages pages) {
        pages.describe(EventsView.class, (route, locale) -> listing(locale));
        pages.describeFound(EventView.class, (slug, locale) -> events.findPublic(slug, locale)
                .map(e -> event(e, locale)));
    }

    /** The listing and every public item, in the sitemap. */
    @Override
    public List<Entry> sitemapEntries() {
        return SitemapContributor.listing("events", events.upcoming(EventService.Filter.ALL, Locale.ENGLISH, 10_000),
                PublicEvent::slug, PublicEvent::updatedAt);
    }

    /** The listing, which offers the whole force's calendar. */
    PageMetadata listing(Locale locale) {
        return titles.listing("events", locale).withFeeds(List.of(feeds.calendar(locale)));
    }

    PageMetadata event(PublicEvent e, Locale locale) {
        var description = EventCard.when(e, locale) + (e.venueName() == null ? "" : " · " + e.venueName());
        var base = titles.page(e.title(), description);
        return new PageMetadata(base.title(), base.description(), 200, "website", null, jsonLd(e));
    }

    private String jsonLd(PublicEvent e) {
        var mode = switch (e.format()) {
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        };
        var location = e.venueName() != null
                ? JsonLd.of("Place").with("name", e.venueName()).with("address", e.venueAddress())
                : e.onlineUrl() != null ? JsonLd.of("VirtualLocation").with("url", e.onlineUrl()) : null;
        return JsonLd.of("Event")
                .with("name", e.title())
                .with("startDate", e.startsAt().atZone(Zones.LONDON).toOffsetDateTime().toString())
                .with("endDate", e.endsAt().atZone(Zones.LONDON).toOffsetDateTime().toString())
                .with("eventStatus", "https://schema.org/EventScheduled")
                .with("eventAttendanceMode", "https://schema.org/" + mode)
                .with("description", e.description())
                .with("location", location)
                .with("organizer", JsonLd.of("Organization").with("name", titles.forceName()))
                .toDocument();
    }
}
