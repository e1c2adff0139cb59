package org.neighbourhood.forums;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.forums.after.ActionContent;
import org.neighbourhood.forums.after.ActionStatus;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forums as the public sees them: published series and sessions, places left, the published agenda and
 * the published actions. Nothing here names a person who signed up.
 */
@Service
@Transactional(readOnly = true)
public class ForumService {

    private final ForumSeriesRepository series;
    private final ForumSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final AgendaService agenda;
    private final AfterSessionService after;
    private final Clock clock;

    ForumService(ForumSeriesRepository series, ForumSessionRepository sessions, RegistrationRepository registrations,
            AgendaService agenda, AfterSessionService after, Clock clock) {
        this.series = series;
        this.sessions = sessions;
        this.registrations = registrations;
        this.agenda = agenda;
        this.after = after;
        this.clock = clock;
    }

    public record PublicSeries(long id, String slug, String name, String summary, @Nullable String description,
            @Nullable String cadence, boolean inRequestedLanguage, @Nullable PublicSession next, Instant updatedAt) {
    }

    /**
     * A session as the public sees it. For a listening circle, where it happens is left out: only
     * approved registrants are told.
     */
    public record PublicSession(long id, String seriesSlug, String slug, String title, @Nullable String description,
            SessionFormat format, @Nullable String venueName, @Nullable String venueAddress,
            @Nullable String accessibilityNotes, @Nullable String onlineUrl, Instant startsAt, Instant endsAt,
            int capacity, int placesTaken, int waiting, @Nullable String chairs, boolean listeningCircle,
            boolean open, boolean inRequestedLanguage, Instant updatedAt) {

        public int placesLeft() {
            return Math.max(0, capacity - placesTaken);
        }

        public boolean full() {
            return placesLeft() == 0;
        }
    }

    /** "You said, we did": what the community raised and what was done. */
    public record PublicAction(String said, String did, String owner, @Nullable LocalDate dueDate,
            ActionStatus status, String sessionTitle, Instant sessionStartsAt) {
    }

    public record SeriesPage(PublicSeries series, List<PublicSession> upcoming, List<PublicSession> past,
            List<PublicAction> actions) {
    }

    public record SessionPage(PublicSeries series, PublicSession session, List<String> agenda,
            List<PublicAction> actions) {
    }

    public List<PublicSeries> publishedSeries(Locale locale) {
        return series.findByPublishedTrueOrderByNameAsc().stream().map(s -> toPublic(s, locale)).toList();
    }

    public Optional<SeriesPage> seriesPage(String slug, Locale locale) {
        return series.findBySlug(slug).filter(ForumSeries::isPublished).map(s -> {
            var now = clock.instant();
            var all = publishedSessions(s);
            var counts = counts(all);
            var upcoming = all.stream().filter(x -> x.getEndsAt().isAfter(now))
                    .map(x -> toPublic(s, x, counts, locale, now)).toList();
            var past = all.stream().filter(x -> !x.getEndsAt().isAfter(now))
                    .sorted(Comparator.comparing(ForumSession::getStartsAt).reversed())
                    .map(x -> toPublic(s, x, counts, locale, now)).toList();
            var byId = all.stream().collect(Collectors.toMap(ForumSession::getId, Function.identity()));
            var published = after.published(byId.keySet()).stream()
                    .map(a -> toPublic(a.content(), byId.get(a.sessionId()), locale))
                    .sorted(Comparator.comparing(PublicAction::sessionStartsAt).reversed()).toList();
            return new SeriesPage(toPublic(s, locale), upcoming, past, published);
        });
    }

    public Optional<SessionPage> sessionPage(String seriesSlug, String sessionSlug, Locale locale) {
        return series.findBySlug(seriesSlug).filter(ForumSeries::isPublished)
                .flatMap(s -> sessions.findBySeriesIdAndSlug(s.getId(), sessionSlug).filter(ForumSession::isPublished)
                        .map(x -> {
                            var now = clock.instant();
                            var topics = x.isAgendaPublished() ? agenda.agenda(x.getId()) : List.<String>of();
                            var done = after.published(List.of(x.getId())).stream()
                                    .map(a -> toPublic(a.content(), x, locale)).toList();
                            return new SessionPage(toPublic(s, locale), toPublic(s, x, counts(List.of(x)), locale, now),
                                    topics, done);
                        }));
    }

    /** The published sessions starting from now, across every published series, for listings and the sitemap. */
    public List<PublicSession> upcomingSessions(Locale locale, int limit) {
        var now = clock.instant();
        return series.findByPublishedTrueOrderByNameAsc().stream()
                .flatMap(s -> {
                    var list = publishedSessions(s).stream().filter(x -> x.getEndsAt().isAfter(now)).toList();
                    var counts = counts(list);
                    return list.stream().map(x -> toPublic(s, x, counts, locale, now));
                })
                .sorted(Comparator.comparing(PublicSession::startsAt)).limit(limit).toList();
    }

    /** Every published session, past and future, of every published series: for the sitemap. */
    public List<PublicSession> allPublishedSessions() {
        var now = clock.instant();
        return series.findByPublishedTrueOrderByNameAsc().stream()
                .flatMap(s -> publishedSessions(s).stream()
                        .map(x -> toPublic(s, x, Map.of(), Locale.ENGLISH, now)))
                .toList();
    }

    private List<ForumSession> publishedSessions(ForumSeries s) {
        return sessions.findBySeriesIdOrderByStartsAtAsc(s.getId()).stream().filter(ForumSession::isPublished)
                .toList();
    }

    private Map<Long, Map<RegistrationStatus, Long>> counts(List<ForumSession> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return registrations.findBySessionIdInAndStatusIn(list.stream().map(ForumSession::getId).toList(),
                        List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)).stream()
                .collect(Collectors.groupingBy(Registration::getSessionId,
                        Collectors.groupingBy(Registration::getStatus, Collectors.counting())));
    }

    private PublicSeries toPublic(ForumSeries s, Locale locale) {
        var c = s.content();
        var now = clock.instant();
        var next = publishedSessions(s).stream().filter(x -> x.getEndsAt().isAfter(now)).findFirst()
                .map(x -> toPublic(s, x, counts(List.of(x)), locale, now)).orElse(null);
        return new PublicSeries(s.getId(), s.getSlug(), Texts.pick(c.name(), c.namePl(), locale),
                Texts.pick(c.summary(), c.summaryPl(), locale),
                Texts.pickOptional(c.description(), c.descriptionPl(), locale),
                Texts.pickOptional(c.cadence(), c.cadencePl(), locale),
                !Texts.fellBack(c.namePl(), locale) && (c.description() == null || !Texts.fellBack(c.descriptionPl(),
                        locale)), next, s.getUpdatedAt());
    }

    private static PublicSession toPublic(ForumSeries s, ForumSession x, Map<Long, Map<RegistrationStatus, Long>> counts,
            Locale locale, Instant now) {
        var c = x.content();
        var count = counts.getOrDefault(x.getId(), Map.of());
        boolean hide = x.isListeningCircle();
        return new PublicSession(x.getId(), s.getSlug(), x.getSlug(), Texts.pick(c.title(), c.titlePl(), locale),
                Texts.pickOptional(c.description(), c.descriptionPl(), locale), c.format(),
                hide ? null : c.venueName(), hide ? null : c.venueAddress(),
                c.accessibilityNotes(), hide ? null : c.onlineUrl(), c.startsAt(), c.endsAt(),
                c.capacity(), count.getOrDefault(RegistrationStatus.CONFIRMED, 0L).intValue(),
                count.getOrDefault(RegistrationStatus.WAITING, 0L).intValue(), c.chairs(), hide, x.isOpenAt(now),
                !Texts.fellBack(c.titlePl(), locale) && (c.description() == null || !Texts.fellBack(c.descriptionPl(),
                        locale)), x.getUpdatedAt());
    }

    private static PublicAction toPublic(ActionContent c, ForumSession session, Locale locale) {
        var s = session.content();
        return new PublicAction(c.said(), c.did(), c.owner(), c.dueDate(), c.status(),
                Texts.pick(s.title(), s.titlePl(), locale), s.startsAt());
    }
}
