package org.neighbourhood.events.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.events.EventContent;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventService.PublicEvent;

/** An event in a list: when, what, where, and a link to its page. */
class EventCard extends ListItem {

    EventCard(PublicEvent event, Locale locale) {
        addClassName("event-card");
        var when = new Paragraph(when(event, locale));
        when.addClassName("event-card__when");
        var link = new RouterLink(event.title(), EventView.class, new RouteParameters("slug", event.slug()));
        var kind = new Paragraph(getTranslation(locale, "event.type." + event.type().name()) + " · "
                + getTranslation(locale, "event.format." + event.format().name())
                + (event.venueName() == null ? "" : " · " + event.venueName()));
        kind.addClassName("event-card__kind");
        add(when, ContentLanguage.mark(new H3(link), event.language(), locale), kind);
    }

    static String when(PublicEvent event, Locale locale) {
        return when(event.startsAt(), event.endsAt(), locale);
    }

    /** When an event runs, from what its team wrote, for the back office's list. */
    static String when(EventContent content, Locale locale) {
        return when(content.startsAt(), content.endsAt(), locale);
    }

    private static String when(Instant startsAt, Instant endsAt, Locale locale) {
        locale = Languages.formatting(locale);
        var start = startsAt.atZone(Zones.LONDON);
        var end = endsAt.atZone(Zones.LONDON);
        var day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(start);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        var endText = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end)
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(end) + " " + time.format(end);
        return day + ", " + time.format(start) + "–" + endText;
    }
}
