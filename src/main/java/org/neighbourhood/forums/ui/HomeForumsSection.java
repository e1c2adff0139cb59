package org.neighbourhood.forums.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.forums.ForumService;
import org.neighbourhood.neighbourhoods.ui.HomePageSection;

/** The next forum sessions across the force, on the home page, with places left. */
@org.springframework.stereotype.Component
class HomeForumsSection implements HomePageSection {

    private static final int SHOWN = 3;

    private final ForumService forums;

    HomeForumsSection(ForumService forums) {
        this.forums = forums;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create() {
        var ui = UI.getCurrent();
        var locale = ui.getLocale();
        var upcoming = forums.upcomingSessions(locale, SHOWN);
        var section = new Section(new H2(ui.getTranslation("home.forums.heading")));
        section.addClassName("home__section");
        if (upcoming.isEmpty()) {
            var empty = new Paragraph(ui.getTranslation("forums.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("event-list");
        upcoming.forEach(s -> list.add(new SessionCard(s, locale)));
        section.add(list, new Paragraph(new Anchor("/forums", ui.getTranslation("home.forums.all"))));
        return section;
    }
}
