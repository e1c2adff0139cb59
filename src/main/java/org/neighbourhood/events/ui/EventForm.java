package org.neighbourhood.events.ui;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Zones;
import org.neighbourhood.events.EventContent;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventType;
import org.neighbourhood.events.EventText;
import org.neighbourhood.publishing.ui.ItemForm;

/** What the event editor's fields hold while someone types, kept even when a save fails. */
final class EventForm extends ItemForm<EventContent> {

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String ACCESSIBILITY = "accessibility";

    private EventType type = EventType.STREET_SURGERY;
    private EventFormat format = EventFormat.IN_PERSON;
    private String venueName = "";
    private String venueAddress = "";
    private String onlineUrl = "";
    private @Nullable LocalDateTime startsAt;
    private @Nullable LocalDateTime endsAt;

    static EventForm of(EventContent c) {
        var form = new EventForm();
        form.setTexts(c.texts(), TITLE, EventText::title);
        form.setTexts(c.texts(), DESCRIPTION, EventText::description);
        form.setTexts(c.texts(), ACCESSIBILITY, EventText::accessibilityNotes);
        form.type = c.type();
        form.format = c.format();
        form.venueName = orEmpty(c.venueName());
        form.venueAddress = orEmpty(c.venueAddress());
        form.onlineUrl = orEmpty(c.onlineUrl());
        form.startsAt = LocalDateTime.ofInstant(c.startsAt(), Zones.LONDON);
        form.endsAt = LocalDateTime.ofInstant(c.endsAt(), Zones.LONDON);
        return form;
    }

    @Override
    public EventContent content(List<String> languages) {
        var start = java.util.Objects.requireNonNull(startsAt).atZone(Zones.LONDON).toInstant();
        var end = java.util.Objects.requireNonNull(endsAt).atZone(Zones.LONDON).toInstant();
        return new EventContent(texts(languages, l -> new EventText(stripped(l, TITLE), stripped(l, DESCRIPTION),
                stripped(l, ACCESSIBILITY))),
                type, format, blankToNull(venueName), blankToNull(venueAddress),
                blankToNull(onlineUrl), start, end);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    EventType getType() { return type; }
    void setType(EventType value) { type = value; }
    EventFormat getFormat() { return format; }
    void setFormat(EventFormat value) { format = value; }
    String getVenueName() { return venueName; }
    void setVenueName(String value) { venueName = value; }
    String getVenueAddress() { return venueAddress; }
    void setVenueAddress(String value) { venueAddress = value; }
    String getOnlineUrl() { return onlineUrl; }
    void setOnlineUrl(String value) { onlineUrl = value; }
    @Nullable LocalDateTime getStartsAt() { return startsAt; }
    void setStartsAt(@Nullable LocalDateTime value) { startsAt = value; }
    @Nullable LocalDateTime getEndsAt() { return endsAt; }
    void setEndsAt(@Nullable LocalDateTime value) { endsAt = value; }
}
