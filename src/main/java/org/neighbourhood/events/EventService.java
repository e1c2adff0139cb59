package org.neighbourhood.events;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ReadCache;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.content.CalendarEvent;
import org.neighbourhood.base.content.CalendarWriter;
import org.neighbourhood.publishing.PublicItem;
import org.neighbourhood.publishing.PublishingService;
import org.neighbourhood.publishing.PublishingSupport;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: the public sees what is published, due and not yet over, in their language where it is written; teams
 * write, publish, schedule and unpublish them through the shared publishing pipeline.
 */
@Service
@Transactional(readOnly = true)
public class EventService extends PublishingService<Event, EventText, EventContent> {

    static final String SUBJECT = "event";

    private final EventRepository events;
    private final CalendarWriter calendars;
    private final ReadCache<Upcoming, List<PublicEvent>> upcoming;

    EventService(EventRepository events, CalendarWriter calendars, PublishingSupport support) {
        super(SUBJECT, Event.class, events, Sort.by(Sort.Direction.DESC, "startsAt"), support);
        this.events = events;
        this.calendars = calendars;
        this.upcoming = support.readCache(1_000);
    }

    /** One listing of upcoming events, as read in one second of the clock: events start, end and come due. */
    private record Upcoming(Filter filter, Locale locale, int limit, long second) {
    }

    /**
     * An event as the public sees it.
     *
     * @param language the language its title and description are written in
     * @param inRequestedLanguage false when it is shown in another language than the reader's, with a note
     * @param publishedAt since when the public sees it, which may be later than its last change when it was
     *        scheduled; null in a preview
     */
    public record PublicEvent(String slug, long neighbourhoodId, EventType type, EventFormat format, String title,
            @Nullable String description, @Nullable String venueName, @Nullable String venueAddress,
            @Nullable String accessibilityNotes, @Nullable String onlineUrl, Instant startsAt, Instant endsAt,
            Locale language, boolean inRequestedLanguage, Instant updatedAt, @Nullable Instant publishedAt)
            implements PublicItem {

        /**
         * The event as a calendar program sees it. Its uid is made from its address, which never changes once the
         * event is created, so that every calendar file naming it — the event's own, a neighbourhood's, the
         * force's — updates one copy in a subscriber's calendar rather than adding another.
         */
        public CalendarEvent toCalendarEvent(URI page) {
            return new CalendarEvent(slug + "@neighbourhood", title, Objects.requireNonNullElse(description, ""),
                    startsAt.atZone(Zones.LONDON), endsAt.atZone(Zones.LONDON), location(), page, updatedAt);
        }

        private String location() {
            var parts = new ArrayList<String>();
            if (venueName != null) {
                parts.add(venueName);
            }
            if (venueAddress != null) {
                parts.add(venueAddress);
            }
            if (onlineUrl != null) {
                parts.add(onlineUrl);
            }
            return String.join(", ", parts);
        }
    }

    /** Which upcoming events to list; a null part means any. */
    public record Filter(@Nullable Long neighbourhoodId, @Nullable EventType type, @Nullable EventFormat format) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /**
     * Upcoming events for the public listings, kept in memory ({@link ReadCache}) until content changes or the
     * clock's second moves on, so that a surge of visitors to the events page reads the database once a second.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<PublicEvent> upcoming(Filter filter, Locale locale, int limit) {
        var now = now();
        return upcoming.get(new Upcoming(filter, locale, limit, now.getEpochSecond()), wanted -> events
                .findPublicUpcoming(now).stream()
                .filter(e -> filter.neighbourhoodId() == null || e.getNeighbourhoodId() == filter.neighbourhoodId())
                .filter(e -> filter.type() == null || e.content().type() == filter.type())
                .filter(e -> filter.format() == null || e.content().format() == filter.format())
                .limit(limit)
                .map(e -> toPublic(e, locale))
                .toList());
    }

    /**
     * Public events of one neighbourhood or (null) of all that end at {@code since} or later, soonest first: what
     * a calendar feed holds, which keeps recent events as well as those to come.
     */
    public List<PublicEvent> endingSince(@Nullable Long neighbourhoodId, Instant since, Locale locale) {
        return events.findPublicEndingSince(since, now()).stream()
                .filter(e -> neighbourhoodId == null || e.getNeighbourhoodId() == neighbourhoodId)
                .map(e -> toPublic(e, locale))
                .toList();
    }

    public Optional<PublicEvent> findPublic(String slug, Locale locale) {
        return events.findBySlug(slug).filter(e -> e.getLifecycle().isPublicAt(now())).map(e -> toPublic(e, locale));
    }

    /** An iCalendar file with the one event in the first content language; empty unless public. */
    public Optional<String> calendarFile(String slug, URI page) {
        return calendarFile(slug, page, languages().first());
    }

    /** An iCalendar file with the one event in the reader's language, for "Add to calendar"; empty unless public. */
    public Optional<String> calendarFile(String slug, URI page, Locale locale) {
        return findPublic(slug, locale).map(e -> calendars.write(e.title(), List.of(e.toCalendarEvent(page))));
    }

    /** Exactly what the public listing will show for this event in that language, for a preview. */
    public PublicEvent preview(EventContent content, Locale locale) {
        return toPublic("preview", 0, content, now(), null, locale);
    }

    private PublicEvent toPublic(Event e, Locale locale) {
        var lifecycle = e.getLifecycle();
        return toPublic(e.getSlug(), e.getNeighbourhoodId(), e.content(), lifecycle.updatedAt(), lifecycle.publishAt(),
                locale);
    }

    private PublicEvent toPublic(String slug, long neighbourhoodId, EventContent c, Instant updatedAt,
            @Nullable Instant publishedAt, Locale locale) {
        var text = localise(c, locale);
        var written = text.text();
        return new PublicEvent(slug, neighbourhoodId, c.type(), c.format(), Objects.requireNonNull(written.title()),
                blankToNull(written.description()), c.venueName(), c.venueAddress(),
                blankToNull(written.accessibilityNotes()), c.onlineUrl(), c.startsAt(), c.endsAt(), text.language(),
                text.inRequestedLanguage(), updatedAt, publishedAt);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A new event's address is made from its title in the first language and its date. */
    @Override
    protected Event newItem(long neighbourhoodId, EventContent content, Instant now) {
        var slug = Slugs.unique(headline(content) + " " + content.startsAt().atZone(Zones.LONDON).toLocalDate(),
                events::existsBySlug);
        return new Event(neighbourhoodId, slug, now);
    }

    @Override
    protected EventContent withTexts(EventContent c, Map<String, EventText> texts) {
        return new EventContent(texts, c.type(), c.format(), c.venueName(), c.venueAddress(), c.onlineUrl(),
                c.startsAt(), c.endsAt());
    }
}
