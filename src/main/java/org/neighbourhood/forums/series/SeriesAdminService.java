package org.neighbourhood.forums.series;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.neighbourhood.base.Changes;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office of forum series and their sessions. Administrators manage every series; a facilitator only
 * the series they are assigned to — every call reaches its series or session through {@link SeriesGuard},
 * whatever a screen shows. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class SeriesAdminService {

    private static final String SERIES = "forum-series";
    private static final String SESSION = "forum-session";

    private final ForumSeriesRepository series;
    private final ForumSessionRepository sessions;
    private final SeriesGuard guard;
    private final AuditLog audit;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final ContentLanguages languages;
    private final Clock clock;

    SeriesAdminService(ForumSeriesRepository series, ForumSessionRepository sessions, SeriesGuard guard,
            AuditLog audit, Validator validator, ApplicationEventPublisher events, ContentLanguages languages,
            Clock clock) {
        this.series = series;
        this.sessions = sessions;
        this.guard = guard;
        this.audit = audit;
        this.validator = validator;
        this.events = events;
        this.languages = languages;
        this.clock = clock;
    }

    public record SeriesRow(long id, long version, String slug, SeriesContent content, Set<Long> facilitatorIds) {
    }

    /** Whether the signed-in user may use the forums back office at all. */
    public boolean canManageAny() {
        return guard.canManageAny();
    }

    public boolean canCreateSeries() {
        return guard.isAdmin();
    }

    /** The series the signed-in user manages: all for an administrator, their own for a facilitator. */
    public List<SeriesRow> managedSeries() {
        var first = languages.first().getLanguage();
        return series.findAll().stream().filter(guard::mayManage).map(SeriesAdminService::row)
                .sorted(Comparator.comparing(row -> Objects.requireNonNullElse(row.content().text(first).name(), ""),
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** One series the signed-in user manages. */
    public SeriesRow series(long seriesId) {
        return row(guard.series(seriesId));
    }

    @Transactional
    public SeriesRow createSeries(String slug, SeriesContent written, Set<Long> facilitatorIds) {
        guard.requireAdmin();
        var content = written.normalised();
        validate(content);
        languages.requireFirst(content.texts(), SeriesText::isWritten);
        if (!Slugs.isValid(slug) || series.existsBySlug(slug)) {
            throw Refusal.about("slug", "refusal.forum.slug", slug);
        }
        var now = now();
        var created = new ForumSeries(slug, now);
        created.edit(content, now);
        created.assignFacilitators(facilitatorIds, now);
        series.saveAndFlush(created);
        audit.record("forum-series.created", SERIES, id(created.getId()),
                "“" + content.text(languages.first().getLanguage()).name() + "”");
        return row(created);
    }

    @Transactional
    public SeriesRow updateSeries(long id, long expectedVersion, SeriesContent written) {
        var s = guard.series(id);
        checkVersion(s.getVersion(), expectedVersion, ForumSeries.class, id);
        var content = written.normalised();
        validate(content);
        languages.requireFirst(content.texts(), SeriesText::isWritten);
        var before = s.content();
        s.edit(content, now());
        series.saveAndFlush(s);
        audit.record("forum-series.changed", SERIES, id(id), Changes.between(before, content));
        return row(s);
    }

    @Transactional
    public SeriesRow assignFacilitators(long id, long expectedVersion, Set<Long> facilitatorIds) {
        var s = guard.seriesForAdmin(id);
        checkVersion(s.getVersion(), expectedVersion, ForumSeries.class, id);
        var before = s.getFacilitatorIds();
        s.assignFacilitators(facilitatorIds, now());
        series.saveAndFlush(s);
        audit.record("forum-series.facilitators", SERIES, id(id), "accounts " + before + " → " + facilitatorIds);
        return row(s);
    }

    /** A series' sessions, oldest first; how many places are taken is the sign-ups' to say. */
    public List<SessionFacts> sessions(long seriesId) {
        return guard.sessions(seriesId);
    }

    @Transactional
    public SessionFacts createSession(long seriesId, SessionContent written) {
        var forum = guard.series(seriesId);
        var content = written.normalised();
        validate(content);
        languages.requireFirst(content.texts(), SessionText::isWritten);
        var now = now();
        var slug = Slugs.unique(TimeRanges.isoDate(content.startsAt()),
                taken -> sessions.existsBySeriesIdAndSlug(seriesId, taken));
        var created = new ForumSession(forum, slug, now);
        created.edit(content, now);
        sessions.saveAndFlush(created);
        audit.record("forum-session.created", SESSION, id(created.getId()),
                "“" + content.text(languages.first().getLanguage()).title() + "” on " + content.startsAt());
        return SessionFacts.of(forum, created);
    }

    /** Saves a session; more places than before go straight to the people waiting, in order. */
    @Transactional
    public SessionFacts updateSession(long id, long expectedVersion, SessionContent written) {
        var managed = guard.locked(id);
        var session = managed.session();
        checkVersion(session.getVersion(), expectedVersion, ForumSession.class, id);
        var content = written.normalised();
        validate(content);
        languages.requireFirst(content.texts(), SessionText::isWritten);
        var before = session.content();
        session.edit(content, now());
        sessions.saveAndFlush(session);
        audit.record("forum-session.changed", SESSION, id(id), Changes.between(before, content));
        var saved = managed.facts();
        if (content.capacity() > before.capacity() && session.isOpenAt(now())) {
            events.publishEvent(new SessionCapacityRaised(saved));
        }
        return saved;
    }

    /** Shows the agenda on the session's public page, or takes it off. */
    @Transactional
    public void publishAgenda(long sessionId, boolean published) {
        guard.managed(sessionId).session().publishAgenda(published, now());
        audit.record(published ? "forum-agenda.published" : "forum-agenda.withdrawn", SESSION, id(sessionId), null);
    }

    /** Refuses content the form should not have let through, naming the field but not in the validator's English. */
    private void validate(Object content) {
        validator.validate(content).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .sorted().findFirst().ifPresent(field -> {
                    throw Refusal.about(field, "refusal.invalid");
                });
    }

    private static void checkVersion(long actual, long expected, Class<?> type, long id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String id(long id) {
        return String.valueOf(id);
    }

    private static SeriesRow row(ForumSeries s) {
        return new SeriesRow(s.getId(), s.getVersion(), s.getSlug(), s.content(), s.getFacilitatorIds());
    }
}
