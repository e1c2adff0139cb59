package org.neighbourhood.events.ui;

import java.net.URI;

import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.events.EventService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** "Add to calendar": one public event as an iCalendar file. */
@RestController
class EventCalendarController {

    private final EventService events;
    private final PublicAddress address;

    EventCalendarController(EventService events, PublicAddress address) {
        this.events = events;
        this.address = address;
    }

    @GetMapping("/calendar/events/{slug}.ics")
    ResponseEntity<String> event(@PathVariable String slug) {
        // No event has any other slug; checked first, as the slug becomes part of the event page's address.
        if (!Slugs.isValid(slug)) {
            return ResponseEntity.notFound().build();
        }
        var page = URI.create(address.base() + "/events/" + slug);
        return events.calendarFile(slug, page)
                .map(ics -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                        .header("Content-Disposition", ContentDisposition.attachment().filename(slug + ".ics")
                                .build().toString())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
