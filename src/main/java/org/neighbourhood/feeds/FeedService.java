package org.neighbourhood.feeds;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Brand;
import org.neighbourhood.base.Feed;
import org.neighbourhood.base.Feeds;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.content.CalendarEvent;
import org.neighbourhood.base.content.CalendarWriter;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventService.PublicEvent;
import org.neighbourhood.feeds.AtomWriter.AtomEntry;
import org.neighbourhood.feeds.AtomWriter.AtomFeed;
import org.neighbourhood.forums.ForumService;
import org.neighbourhood.forums.ForumService.PublicSession;
import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.PublicUpdate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feeds' contents, read in one transaction so that a feed is one consistent picture. Only what the features'
 * public reads return goes in: published, due, and for a listening circle never where it meets. Calendars keep
 * what ended in the last {@link #KEEP_PAST} besides what is to come, since calendar programs drop from a subscribed
 * calendar whatever the file no longer holds; news feeds hold the {@link #NEWS_ENTRIES} newest updates.
 */
@Service
@Transactional(readOnly = true)
public class FeedService {

    static final Duration KEEP_PAST = Duration.ofDays(90);
    static final int NEWS_ENTRIES = 20;

    private final NeighbourhoodService neighbourhoods;
    private final EventService events;
    private final ForumService forums;
    private final UpdateService updates;
    private final CalendarWriter calendars;
    private final AtomWriter atom;
    private final Feeds feeds;
    private final PublicAddress address;
    private final Brand brand;
    private final Clock clock;

    FeedService(NeighbourhoodService neighbourhoods, EventService events, ForumService forums, UpdateService updates,
            CalendarWriter calendars, AtomWriter atom, Feeds feeds, PublicAddress address, Brand brand, Clock clock) {
        this.neighbourhoods = neighbourhoods;
        this.events = events;
        this.forums = forums;
        this.updates = updates;
        this.calendars = calendars;
        this.atom = atom;
        this.feeds = feeds;
        this.address = address;
        this.brand = brand;
        this.clock = clock;
    }

    /** A neighbourhood team's public events; empty for an address that is no neighbourhood. */
    public Optional<FeedFile> neighbourhoodCalendar(String slug, Locale locale) {
        return neighbourhoods.findBySlug(slug).map(n -> {
            var found = events.endingSince(n.id(), since(), locale);
            return calendar(feeds.neighbourhoodCalendar(n.slug(), n.name(), locale), eventsIn(found, locale),
                    newest(n.updatedAt(), found.stream().map(FeedService::changed)));
        });
    }

    /** A forum series' published sessions; empty unless the series is published. */
    public Optional<FeedFile> seriesCalendar(String slug, Locale locale) {
        return forums.publishedSeries(slug, locale).map(series -> {
            var found = forums.sessionsEndingSince(series.id(), since(), locale);
            return calendar(feeds.seriesCalendar(series.slug(), series.name(), locale), sessionsIn(found, locale),
                    newest(series.updatedAt(), found.stream().map(PublicSession::updatedAt)));
        });
    }

    /** Every public event and forum session of the force, soonest first. */
    public FeedFile calendar(Locale locale) {
        var since = since();
        var found = events.endingSince(null, since, locale);
        var sessions = forums.sessionsEndingSince(null, since, locale);
        var all = new ArrayList<CalendarEvent>(eventsIn(found, locale));
        all.addAll(sessionsIn(sessions, locale));
        all.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
        return calendar(feeds.calendar(locale), all, newest(Instant.EPOCH, Stream.concat(
                found.stream().map(FeedService::changed), sessions.stream().map(PublicSession::updatedAt))));
    }

    /** A neighbourhood team's newest updates; empty for an address that is no neighbourhood. */
    public Optional<FeedFile> neighbourhoodNews(String slug, Locale locale) {
        return neighbourhoods.findBySlug(slug).map(n -> news(feeds.neighbourhoodNews(n.slug(), n.name(), locale),
                "neighbourhoods/" + n.slug(), n, locale));
    }

    /** Every team's newest updates. */
    public FeedFile news(Locale locale) {
        return news(feeds.news(locale), "updates", null, locale);
    }

    private FeedFile calendar(Feed feed, List<CalendarEvent> items, Instant lastModified) {
        return new FeedFile(calendars.write(feed.title(), items), lastModified);
    }

    private List<CalendarEvent> eventsIn(List<PublicEvent> found, Locale locale) {
        return found.stream().map(e -> e.toCalendarEvent(page("events/" + e.slug(), locale))).toList();
    }

    private List<CalendarEvent> sessionsIn(List<PublicSession> found, Locale locale) {
        return found.stream().map(s -> s.toCalendarEvent(page("forums/" + s.seriesSlug() + "/" + s.slug(), locale)))
                .toList();
    }

    private FeedFile news(Feed feed, String pagePath, @Nullable NeighbourhoodDetails neighbourhood, Locale locale) {
        var base = address.base();
        var entries = updates.latest(neighbourhood == null ? null : neighbourhood.id(), locale, NEWS_ENTRIES).stream()
                .map(u -> entry(u, base, locale)).toList();
        var updated = newest(neighbourhood == null ? Instant.EPOCH : neighbourhood.updatedAt(),
                entries.stream().map(AtomEntry::updated));
        var self = feed.url(base);
        return new FeedFile(atom.write(new AtomFeed(self, feed.title(), locale, self, page(pagePath, locale).toString(),
                brand.forceName(), base, updated, entries)), updated);
    }

    private AtomEntry entry(PublicUpdate u, String base, Locale locale) {
        var published = Objects.requireNonNullElse(u.publishedAt(), u.updatedAt());
        // The address of its page, which never changes once an update is created: the same entry however edited.
        return new AtomEntry(base + "/updates/" + u.slug(), u.title(), page("updates/" + u.slug(), locale).toString(),
                published, newest(u.updatedAt(), Stream.of(published)), u.bodyHtml(), u.summary(), u.language());
    }

    /** A page of the portal in the feed's language, as the page's own canonical address names it. */
    private URI page(String path, Locale locale) {
        var url = address.base() + "/" + path;
        return URI.create(locale.equals(Languages.DEFAULT) ? url : url + "?" + Languages.PARAMETER + "="
                + locale.toLanguageTag());
    }

    /** When an event last changed for the public: its last edit, or when it came into view if it was scheduled. */
    private static Instant changed(PublicEvent e) {
        return e.publishedAt() == null || e.updatedAt().isAfter(e.publishedAt()) ? e.updatedAt() : e.publishedAt();
    }

    private static Instant newest(Instant floor, Stream<Instant> times) {
        return times.reduce(floor, (a, b) -> a.isAfter(b) ? a : b);
    }

    private Instant since() {
        return clock.instant().minus(KEEP_PAST);
    }
}
