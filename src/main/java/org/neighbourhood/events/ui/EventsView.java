package org.neighbourhood.events.ui;

import java.util.Locale;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.FeedLinks;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventType;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.publishing.ui.ListingView;

/** Upcoming events across the force, filtered by neighbourhood, type and format; filters live in the address. */
@Route(value = "events", layout = PublicLayout.class)
@AnonymousAllowed
class EventsView extends ListingView {

    private final EventService events;
    private final Select<NeighbourhoodSummary> neighbourhood;
    private final Select<EventType> type;
    private final Select<EventFormat> format;

    EventsView(EventService events, NeighbourhoodService neighbourhoods, EventPages pages, FeedLinks feedLinks) {
        super("events", "event-list", pages::listing);
        this.events = events;
        neighbourhood = neighbourhoodFilter(neighbourhoods.findAll());
        type = filter("type", getTranslation("events.filter.type"), EventType.class, "event.type.");
        format = filter("format", getTranslation("events.filter.format"), EventFormat.class, "event.format.");
        placeFilters();
        add(feedLinks.section(pages.listing(getLocale()).feeds()));
    }

    @Override
    protected void list(Locale locale) {
        var filter = new EventService.Filter(neighbourhood.getOptionalValue().map(NeighbourhoodSummary::id)
                .orElse(null), type.getValue(), format.getValue());
        show(events.upcoming(filter, locale, MOST), getTranslation("events.none"), e -> new EventCard(e, locale));
    }
}
