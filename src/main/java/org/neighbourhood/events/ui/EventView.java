package org.neighbourhood.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventService.PublicEvent;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;

/** One event: when and where, how to take part, accessibility, and "Add to calendar". */
@Route(value = "events/:slug", layout = PublicLayout.class)
@AnonymousAllowed
class EventView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final NeighbourhoodService neighbourhoods;
    private final EventPages pages;
    private @Nullable PublicEvent event;

    EventView(EventService events, NeighbourhoodService neighbourhoods, EventPages pages) {
        this.events = events;
        this.neighbourhoods = neighbourhoods;
        this.pages = pages;
        addClassName("content");
        addClassName("event");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        var locale = UI.getCurrent().getLocale();
        var found = events.findPublic(navigation.getRouteParameters().get("slug").orElse(""), locale);
        if (found.isEmpty()) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        event = found.get();
        removeAll();
        var e = found.get();
        var kicker = new Paragraph(getTranslation("event.type." + e.type().name()));
        kicker.addClassName("kicker");
        add(kicker, ContentLanguage.mark(new H1(e.title()), e.language(), locale));
        var when = new Paragraph(EventCard.when(e, locale));
        when.addClassName("lead");
        add(when);
        if (!e.inRequestedLanguage()) {
            add(ContentLanguage.note(e.language(), locale));
        }
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
        var team = neighbourhoods.findByIds(java.util.List.of(e.neighbourhoodId())).stream().findFirst()
                .map(n -> new Paragraph(new Anchor("/neighbourhoods/" + n.slug(),
                        getTranslation("event.team", n.name()))))
                .orElseGet(Paragraph::new);
        add(new Paragraph(calendar), team);
    }

    @Override
    public String getPageTitle() {
        return event == null ? "" : pages.event(event, UI.getCurrent().getLocale()).title();
    }
}
