package org.neighbourhood.forums;

import java.net.URI;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Localised;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.content.CalendarEvent;
import org.neighbourhood.forums.after.ActionContent;
import org.neighbourhood.forums.after.ActionStatus;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.series.SeriesCatalog;
import org.neighbourhood.forums.series.SeriesFacts;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.forums.series.SessionFormat;
import org.neighbourhood.forums.series.SessionText;
import org.neighbourhood.forums.signup.PlaceCount;
import org.neighbourhood.forums.signup.SignUpService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forums as the public sees them, put together from their parts: published series and sessions, places
 * left, the published agenda and the published actions. Nothing here names a person who signed up.
 */
@Service
@Transactional(readOnly = true)
public class ForumService {

    private final SeriesCatalog catalog;
    private final SignUpService signUps;
    private final AgendaService agenda;
    private final AfterSessionService after;
    private final ContentLanguages languages;
    private final Clock clock;

    ForumService(SeriesCatalog catalog, SignUpService signUps, AgendaService agenda, AfterSessionService after,
            ContentLanguages languages, Clock clock) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.agenda = agenda;
        this.after = after;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * A series as the public sees it, in the reader's language or, where nobody has written that yet, in the
     * first language there is, which {@code language} names so that the page can say so and mark it up.
     */
    public record PublicSeries(long id, String slug, String name, String summary, @Nullable String description,
            @Nullable String cadence, Locale language, boolean inRequestedLanguage, @Nullable PublicSession next,
            Instant updatedAt) {
    }

    /**
     * A session as the public sees it, its title and description in the reader's language or the first there is
     * ({@code language}). For a listening circle, where it happens is left out: only approved registrants are told.
     */
    public record PublicSession(long id, String seriesSlug, String slug, String title, @Nullable String description,
            SessionFormat format, @Nullable String venueName, @Nullable String venueAddress,
            @Nullable String accessibilityNotes, @Nullable String onlineUrl, Instant startsAt, Instant endsAt,
            int capacity, int placesTaken, int waiting, @Nullable String chairs, boolean listeningCircle,
            boolean open, Locale language, boolean inRequestedLanguage, Instant updatedAt) {

        public int placesLeft() {
            return Math.max(0, capacity - placesTaken);
        }

        public boolean full() {
            return placesLeft() == 0;
        }

        /**
         * The session as a calendar program sees it, with where it happens only as the public page shows it: a
         * listening circle's venue and link are never in it. Its uid is made from the session's id, which no edit
         * changes, so that a subscriber's calendar updates its copy.
         *
         * @param page the session's page on the portal, never its online meeting
         */
        public CalendarEvent toCalendarEvent(URI page) {
            var where = Stream.of(venueName, venueAddress, onlineUrl).filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            return new CalendarEvent("forum-session-" + id + "@neighbourhood", title,
                    Objects.requireNonNullElse(description, ""), startsAt.atZone(Zones.LONDON),
                    endsAt.atZone(Zones.LONDON), where, page, updatedAt);
        }
    }

    /**
     * "You said, we did": what the community raised and what was done, as the chairs wrote it, in the first
     * content language ({@code language}).
     */
    public record PublicAction(String said, String did, String owner, @Nullable LocalDate dueDate,
            ActionStatus status, Instant sessionStartsAt, Locale language) {
    }

    public record SeriesPage(PublicSeries series, List<PublicSession> upcoming, List<PublicSession> past,
            List<PublicAction> actions) {
    }

    public record SessionPage(PublicSeries series, PublicSession session, List<String> agenda,
            List<PublicAction> actions) {
    }

    /** Published series by the names the reader sees, as the reader's language sorts them. */
    public List<PublicSeries> publishedSeries(Locale locale) {
        var collator = Collator.getInstance(locale);
        return catalog.publishedSeries().stream().map(s -> toPublic(s, locale))
                .sorted(Comparator.comparing(PublicSeries::name, collator)).toList();
    }

    /** A published series by its address, without its sessions. */
    public Optional<PublicSeries> publishedSeries(String slug, Locale locale) {
        return catalog.publishedSeries(slug).map(s -> toPublic(s, locale));
    }

    public Optional<SeriesPage> seriesPage(String slug, Locale locale) {
        return catalog.publishedSeries(slug).map(s -> {
            var now = clock.instant();
            var all = catalog.publishedSessions(s.id());
            var counts = counts(all);
            var upcoming = all.stream().filter(x -> x.endsAt().isAfter(now))
                    .map(x -> toPublic(x, counts, locale, now)).toList();
            var past = all.stream().filter(x -> !x.endsAt().isAfter(now))
                    .sorted(Comparator.comparing(SessionFacts::startsAt).reversed())
                    .map(x -> toPublic(x, counts, locale, now)).toList();
            var byId = all.stream().collect(Collectors.toMap(SessionFacts::id, Function.identity()));
            var published = after.published(byId.keySet()).stream()
                    .map(a -> toPublic(a.content(), byId.get(a.sessionId())))
                    .sorted(Comparator.comparing(PublicAction::sessionStartsAt).reversed()).toList();
            return new SeriesPage(toPublic(s, locale), upcoming, past, published);
        });
    }

    public Optional<SessionPage> sessionPage(String seriesSlug, String sessionSlug, Locale locale) {
        return catalog.publishedSeries(seriesSlug).flatMap(s -> catalog.publishedSession(seriesSlug, sessionSlug)
                .map(x -> {
                    var now = clock.instant();
                    var topics = x.agendaPublished() ? agenda.agenda(x.id()) : List.<String>of();
                    var done = after.published(List.of(x.id())).stream()
                            .map(a -> toPublic(a.content(), x)).toList();
                    return new SessionPage(toPublic(s, locale), toPublic(x, counts(List.of(x)), locale, now),
                            topics, done);
                }));
    }

    /** The published sessions starting from now, across every published series, for listings and the sitemap. */
    public List<PublicSession> upcomingSessions(Locale locale, int limit) {
        var now = clock.instant();
        return catalog.publishedSeries().stream()
                .flatMap(s -> {
                    var list = catalog.publishedSessions(s.id()).stream().filter(x -> x.endsAt().isAfter(now))
                            .toList();
                    var counts = counts(list);
                    return list.stream().map(x -> toPublic(x, counts, locale, now));
                })
                .sorted(Comparator.comparing(PublicSession::startsAt)).limit(limit).toList();
    }

    /**
     * The published sessions of one published series, or (null) of every one, that end at {@code since} or later,
     * soonest first: what a calendar feed holds. Empty for a series that is not published.
     */
    public List<PublicSession> sessionsEndingSince(@Nullable Long seriesId, Instant since, Locale locale) {
        var now = clock.instant();
        var series = seriesId == null ? catalog.publishedSeries().stream().map(SeriesFacts::id).toList()
                : List.of(seriesId);
        return series.stream()
                .flatMap(id -> catalog.publishedSessions(id).stream())
                .filter(x -> !x.endsAt().isBefore(since))
                .sorted(Comparator.comparing(SessionFacts::startsAt).thenComparing(SessionFacts::id))
                .map(x -> toPublic(x, Map.of(), locale, now))
                .toList();
    }

    /** Every published session, past and future, of every published series: for the sitemap. */
    public List<PublicSession> allPublishedSessions() {
        var now = clock.instant();
        return catalog.publishedSeries().stream()
                .flatMap(s -> catalog.publishedSessions(s.id()).stream()
                        .map(x -> toPublic(x, Map.of(), languages.first(), now)))
                .toList();
    }

    private Map<Long, PlaceCount> counts(List<SessionFacts> list) {
        return signUps.placeCounts(list.stream().map(SessionFacts::id).toList());
    }

    private PublicSeries toPublic(SeriesFacts s, Locale locale) {
        var now = clock.instant();
        var next = catalog.publishedSessions(s.id()).stream().filter(x -> x.endsAt().isAfter(now)).findFirst()
                .map(x -> toPublic(x, counts(List.of(x)), locale, now)).orElse(null);
        var text = languages.pick(s.content().texts(), locale, SeriesText::isWritten)
                .orElseGet(() -> new Localised<>(SeriesText.EMPTY, languages.first(), false));
        var t = text.text();
        return new PublicSeries(s.id(), s.slug(), orEmpty(t.name()), orEmpty(t.summary()), t.description(),
                t.cadence(), text.language(), text.inRequestedLanguage(), next, s.updatedAt());
    }

    private PublicSession toPublic(SessionFacts x, Map<Long, PlaceCount> counts, Locale locale, Instant now) {
        var c = x.content();
        var count = counts.getOrDefault(x.id(), PlaceCount.NONE);
        boolean hide = x.listeningCircle();
        var text = languages.pick(c.texts(), locale, SessionText::isWritten)
                .orElseGet(() -> new Localised<>(SessionText.EMPTY, languages.first(), false));
        return new PublicSession(x.id(), x.seriesSlug(), x.slug(), orEmpty(text.text().title()),
                text.text().description(), c.format(), hide ? null : c.venueName(), hide ? null : c.venueAddress(),
                c.accessibilityNotes(), hide ? null : c.onlineUrl(), c.startsAt(), c.endsAt(),
                c.capacity(), count.confirmed(), count.waiting(), c.chairs(), hide, x.isOpenAt(now),
                text.language(), text.inRequestedLanguage(), x.updatedAt());
    }

    private PublicAction toPublic(ActionContent c, SessionFacts session) {
        return new PublicAction(c.said(), c.did(), c.owner(), c.dueDate(), c.status(), session.startsAt(),
                languages.first());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
