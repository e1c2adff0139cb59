package org.neighbourhood.events.ui;

import java.util.Locale;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.Zones;
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
        var json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"Event\"");
        json.append(",\"name\":").append(quote(e.title()));
        json.append(",\"startDate\":").append(quote(e.startsAt().atZone(Zones.LONDON).toOffsetDateTime().toString()));
        json.append(",\"endDate\":").append(quote(e.endsAt().atZone(Zones.LONDON).toOffsetDateTime().toString()));
        json.append(",\"eventStatus\":\"https://schema.org/EventScheduled\"");
        json.append(",\"eventAttendanceMode\":\"https://schema.org/").append(mode).append('"');
        if (e.description() != null) {
            json.append(",\"description\":").append(quote(e.description()));
        }
        if (e.venueName() != null) {
            json.append(",\"location\":{\"@type\":\"Place\",\"name\":").append(quote(e.venueName()));
            if (e.venueAddress() != null) {
                json.append(",\"address\":").append(quote(e.venueAddress()));
            }
            json.append('}');
        } else if (e.onlineUrl() != null) {
            json.append(",\"location\":{\"@type\":\"VirtualLocation\",\"url\":").append(quote(e.onlineUrl()))
                    .append('}');
        }
        json.append(",\"organizer\":{\"@type\":\"Organization\",\"name\":").append(quote(titles.forceName()))
                .append("}}");
        return json.toString();
    }

    /** A JSON string that also cannot close the script element it sits in. */
    private static String quote(String text) {
        var escaped = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '<' -> escaped.append("\\u003c");
                case '>' -> escaped.append("\\u003e");
                case '&' -> escaped.append("\\u0026");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.append('"').toString();
    }
}
