package org.neighbourhood.events.ui;

import java.util.Locale;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.JsonLd;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventService.PublicEvent;
import org.springframework.stereotype.Component;

/** Titles, previews and schema.org JSON-LD of the events listing and each event. */
@Component
class EventPages implements PageMetadataProvider {

    private final EventService events;
    private final PageTitles titles;
    private final Messages messages;

    EventPages(EventService events, PageTitles titles, Messages messages) {
        this.events = events;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void register(Pages pages) {
        pages.describe(EventsView.class, (route, locale) -> listing(locale));
        pages.describe(EventView.class, (route, locale) -> events.findPublic(route.get("slug").orElse(""), locale)
                .map(e -> event(e, locale))
                .orElseGet(() -> titles.notFound(locale)));
    }

    PageMetadata listing(Locale locale) {
        return titles.page(messages.get("events.title", locale), messages.get("events.description", locale,
                titles.forceName()));
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
