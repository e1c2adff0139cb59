package org.neighbourhood.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.events.EventService;
import org.neighbourhood.neighbourhoods.ui.HomePageSection;

/** The next events across the force, on the home page. */
@org.springframework.stereotype.Component
class HomeEventsSection implements HomePageSection {

    private static final int SHOWN = 4;

    private final EventService events;

    HomeEventsSection(EventService events) {
        this.events = events;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create() {
        var ui = UI.getCurrent();
        var locale = ui.getLocale();
        var section = new Section(new H2(ui.getTranslation("home.events.heading")));
        section.addClassName("home__section");
        var upcoming = events.upcoming(EventService.Filter.ALL, locale, SHOWN);
        if (upcoming.isEmpty()) {
            var empty = new Paragraph(ui.getTranslation("home.events.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("event-list");
        upcoming.forEach(e -> list.add(new EventCard(e, locale)));
        section.add(list, new Paragraph(new Anchor("/events", ui.getTranslation("events.all"))));
        return section;
    }
}
