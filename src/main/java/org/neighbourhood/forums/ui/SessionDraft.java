package org.neighbourhood.forums.ui;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Zones;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFormat;

/** A session as its form edits it: local London times, empty strings for empty fields. */
class SessionDraft {

    String title = "";
    String titlePl = "";
    String description = "";
    String descriptionPl = "";
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
        d.title = c.title();
        d.titlePl = orEmpty(c.titlePl());
        d.description = orEmpty(c.description());
        d.descriptionPl = orEmpty(c.descriptionPl());
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

    SessionContent content() {
        return new SessionContent(title.strip(), blank(titlePl), blank(description), blank(descriptionPl), format,
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
