package org.neighbourhood.forums.ui;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Zones;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFormat;
import org.neighbourhood.forums.series.SessionText;

/** A session as its form edits it: local London times, empty strings for empty fields, texts by language. */
class SessionDraft {

    /** One language's title and description. */
    static final class Text {
        String title = "";
        String description = "";
    }

    /** By language tag; kept as read for languages the form does not show, so that nothing is lost. */
    final Map<String, Text> texts = new LinkedHashMap<>();
    SessionFormat format = SessionFormat.IN_PERSON;
    String venueName = "";
    String venueAddress = "";
    String accessibilityNotes = "";
    String onlineUrl = "";
    @Nullable LocalDateTime startsAt;
    @Nullable LocalDateTime endsAt;
    int capacity = 13;
    String chairs = "";
    boolean listeningCircle;
    boolean published;

    static SessionDraft of(SessionContent c) {
        var d = new SessionDraft();
        c.texts().forEach((language, text) -> {
            var t = d.text(language);
            t.title = orEmpty(text.title());
            t.description = orEmpty(text.description());
        });
        d.format = c.format();
        d.venueName = orEmpty(c.venueName());
        d.venueAddress = orEmpty(c.venueAddress());
        d.accessibilityNotes = orEmpty(c.accessibilityNotes());
        d.onlineUrl = orEmpty(c.onlineUrl());
        d.startsAt = LocalDateTime.ofInstant(c.startsAt(), Zones.LONDON);
        d.endsAt = LocalDateTime.ofInstant(c.endsAt(), Zones.LONDON);
        d.capacity = c.capacity();
        d.chairs = orEmpty(c.chairs());
        d.listeningCircle = c.listeningCircle();
        d.published = c.published();
        return d;
    }

    /** One language's text, made empty the first time it is asked for. */
    Text text(String language) {
        return texts.computeIfAbsent(language, tag -> new Text());
    }

    SessionContent content() {
        var written = new LinkedHashMap<String, SessionText>();
        texts.forEach((language, text) -> written.put(language,
                new SessionText(blank(text.title), blank(text.description))));
        return new SessionContent(written, format,
                format.hasVenue() ? blank(venueName) : null, format.hasVenue() ? blank(venueAddress) : null,
                blank(accessibilityNotes), format.isOnline() ? blank(onlineUrl) : null,
                java.util.Objects.requireNonNull(startsAt).atZone(Zones.LONDON).toInstant(),
                java.util.Objects.requireNonNull(endsAt).atZone(Zones.LONDON).toInstant(), capacity,
                blank(chairs), listeningCircle, published);
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    static @Nullable String blank(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
