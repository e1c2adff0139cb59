package org.neighbourhood.events.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventService.PublicEvent;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.publishing.ui.ItemView;

/** One event: when and where, how to take part, accessibility, and "Add to calendar". */
@Route(value = "events/:slug", layout = PublicLayout.class)
@AnonymousAllowed
class EventView extends ItemView<PublicEvent> {

    EventView(EventService events, NeighbourhoodService neighbourhoods, EventPages pages) {
        super(neighbourhoods, "event", events::findPublic, pages::event);
    }

    @Override
    protected void show(PublicEvent e, Locale locale) {
        var kicker = new Paragraph(getTranslation("event.type." + e.type().name()));
        kicker.addClassName("kicker");
        add(kicker);
        heading(e, locale, EventCard.when(e, locale));
        if (e.description() != null) {
            e.description().lines().filter(line -> !line.isBlank())
                    .forEach(line -> add(ContentLanguage.mark(new Paragraph(line), e.language(), locale)));
        }
        var where = new Section(new H2(getTranslation("event.where")));
        where.add(new Paragraph(getTranslation("event.format." + e.format().name())));
        if (e.venueName() != null) {
            where.add(new Paragraph(e.venueName() + (e.venueAddress() == null ? "" : ", " + e.venueAddress())));
        }
        if (e.onlineUrl() != null) {
            var link = new Anchor(e.onlineUrl(), getTranslation("event.join-online"));
            link.getElement().setAttribute("rel", "noopener nofollow");
            where.add(new Paragraph(link));
        }
        if (e.accessibilityNotes() != null) {
            where.add(new H2(getTranslation("event.accessibility")), new Paragraph(e.accessibilityNotes()));
        }
        add(where);
        var calendar = new Anchor("/calendar/events/" + e.slug() + ".ics", getTranslation("event.add-to-calendar"));
        calendar.setRouterIgnore(true);
        calendar.getElement().setAttribute("download", e.slug() + ".ics");
        calendar.addClassName("button-link");
        add(new Paragraph(calendar), team(e, "event.team"));
    }
}
