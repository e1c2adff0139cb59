package org.neighbourhood.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.events.EventService;
import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;
import org.neighbourhood.neighbourhoods.ui.NeighbourhoodPageSection;

/** The next events of a neighbourhood's team, on its page. */
@org.springframework.stereotype.Component
class UpcomingEventsSection implements NeighbourhoodPageSection {

    private static final int SHOWN = 5;

    private final EventService events;

    UpcomingEventsSection(EventService events) {
        this.events = events;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(NeighbourhoodDetails neighbourhood) {
        var locale = UI.getCurrent().getLocale();
        var section = new Section(new H2(UI.getCurrent().getTranslation("events.upcoming")));
        section.addClassName("upcoming-events");
        var upcoming = events.upcoming(new EventService.Filter(neighbourhood.id(), null, null), locale, SHOWN);
        if (upcoming.isEmpty()) {
            var empty = new Paragraph(UI.getCurrent().getTranslation("events.none.here"));
            empty.addClassName("empty-state");
            section.add(empty);
        } else {
            var list = new UnorderedList();
            list.addClassName("event-list");
            upcoming.forEach(e -> list.add(new EventCard(e, locale)));
            section.add(list);
        }
        section.add(new Paragraph(new Anchor("/events?neighbourhood=" + neighbourhood.slug(),
                UI.getCurrent().getTranslation("events.all-for", neighbourhood.name()))));
        return section;
    }
}
