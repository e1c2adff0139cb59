package org.neighbourhood.base.content;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One event as a calendar program sees it.
 *
 * @param uid stays the same for the life of the event, so that subscribers' copies are updated, not duplicated
 * @param description plain text (not Markdown); left out when blank
 * @param location left out when blank
 * @param url the event's page on the portal, if it has one
 * @param lastModified when the event was last changed; calendar programs compare it to decide whether to update
 */
public record CalendarEvent(String uid, String title, String description, ZonedDateTime start, ZonedDateTime end,
        String location, @Nullable URI url, Instant lastModified) {

    public CalendarEvent {
        if (uid.isBlank()) {
            throw new IllegalArgumentException("An event needs a uid");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Event " + uid + " ends before it starts");
        }
    }
}
