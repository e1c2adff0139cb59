package org.neighbourhood.forums.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.forums.ForumService.PublicSession;

/** A session in a list: when, how, where, and how many places are left. */
class SessionCard extends ListItem {

    SessionCard(PublicSession session, Locale locale) {
        addClassName("event-card");
        var when = new Paragraph(TimeRanges.format(session.startsAt(), session.endsAt(), locale));
        when.addClassName("event-card__when");
        var link = ContentLanguage.mark(new RouterLink(session.title(), ForumSessionView.class, parameters(session)),
                session.language(), locale);
        var kind = new Paragraph(getTranslation(locale, "event.format." + session.format().name())
                + (session.venueName() == null ? "" : " · " + session.venueName())
                + (session.listeningCircle() ? " · " + getTranslation(locale, "forum.circle.label") : ""));
        kind.addClassName("event-card__kind");
        add(when, new H3(link), kind);
        if (!session.inRequestedLanguage()) {
            add(ContentLanguage.note(session.language(), locale));
        }
        if (session.open()) {
            var places = new Paragraph(session.full()
                    ? t(locale, "forum.places.card-full", session.waiting()) : places(session, locale));
            places.addClassName("event-card__kind");
            add(places);
        }
    }

    static RouteParameters parameters(PublicSession session) {
        return new RouteParameters(Map.of("series", session.seriesSlug(), "session", session.slug()));
    }

    static String places(PublicSession session, Locale locale) {
        if (session.full()) {
            return session.waiting() == 0 ? t(locale, "forum.places.full")
                    : t(locale, "forum.places.full-waiting", session.waiting());
        }
        return t(locale, "forum.places.left", session.placesLeft(), session.capacity());
    }

    private static String t(Locale locale, String key, Object... params) {
        return com.vaadin.flow.i18n.I18NProvider.translate(locale, key, params);
    }
}
