package org.neighbourhood.forums;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Changes;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.security.AuditLog;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office of the forums' series, sessions and sign-ups. Administrators manage every series; a
 * facilitator only the series they are assigned to — every call reaches its series or session through
 * {@link SeriesGuard}, whatever a screen shows. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ForumAdminService {

    private static final String SERIES = "forum-series";
    private static final String SESSION = "forum-session";
    private static final String REGISTRATION = "forum-registration";

    private final ForumSeriesRepository series;
    private final ForumSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final SignUpService signUps;
    private final ForumMail mail;
    private final SeriesGuard guard;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;

    ForumAdminService(ForumSeriesRepository series, ForumSessionRepository sessions,
            RegistrationRepository registrations, SignUpService signUps, ForumMail mail, SeriesGuard guard,
            AuditLog audit, Validator validator, Clock clock) {
        this.series = series;
        this.sessions = sessions;
        this.registrations = registrations;
        this.signUps = signUps;
        this.mail = mail;
        this.guard = guard;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    public record SeriesRow(long id, long version, String slug, SeriesContent content, Set<Long> facilitatorIds) {
    }

    public record SessionRow(long id, long version, long seriesId, String slug, SessionContent content,
            boolean agendaPublished, int confirmed, int waiting, int pending) {
    }

    public record RegistrationRow(long id, String name, String email, @Nullable String organisation,
            @Nullable String accessibilityNeeds, RegistrationStatus status, @Nullable Approval approval,
            @Nullable Boolean attended, @Nullable Instant confirmedAt, String consentVersion, Instant consentedAt) {
    }

    public record FollowUp(String name, String email, @Nullable String organisation, String sessionTitle,
            Instant startsAt) {
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
        return series.findAllByOrderByNameAsc().stream().filter(guard::mayManage).map(ForumAdminService::row).toList();
    }

    /** One series the signed-in user manages. */
    public SeriesRow series(long seriesId) {
        return row(guard.series(seriesId));
    }

    @Transactional
    public SeriesRow createSeries(String slug, SeriesContent content, Set<Long> facilitatorIds) {
        guard.requireAdmin();
        validate(content);
        if (!Slugs.isValid(slug) || series.existsBySlug(slug)) {
            throw Refusal.about("slug", "refusal.forum.slug", slug);
        }
        var now = now();
        var created = new ForumSeries(slug, now);
        created.edit(content, now);
        created.assignFacilitators(facilitatorIds, now);
        series.saveAndFlush(created);
        audit.record("forum-series.created", SERIES, id(created.getId()), "“" + content.name() + "”");
        return row(created);
    }

    @Transactional
    public SeriesRow updateSeries(long id, long expectedVersion, SeriesContent content) {
        var s = guard.series(id);
        checkVersion(s.getVersion(), expectedVersion, ForumSeries.class, id);
        validate(content);
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

    public List<SessionRow> sessions(long seriesId) {
        guard.series(seriesId);
        var list = sessions.findBySeriesIdOrderByStartsAtAsc(seriesId);
        var counts = registrations.findBySessionIdInAndStatusIn(list.stream().map(ForumSession::getId).toList(),
                        List.of(RegistrationStatus.values())).stream()
                .collect(Collectors.groupingBy(Registration::getSessionId,
                        Collectors.groupingBy(Registration::getStatus, Collectors.counting())));
        return list.stream().map(x -> row(x, counts.getOrDefault(x.getId(), Map.of()))).toList();
    }

    @Transactional
    public SessionRow createSession(long seriesId, SessionContent content) {
        guard.series(seriesId);
        validate(content);
        var now = now();
        var slug = Slugs.unique(TimeRanges.isoDate(content.startsAt()),
                taken -> sessions.existsBySeriesIdAndSlug(seriesId, taken));
        var created = new ForumSession(seriesId, slug, now);
        created.edit(content, now);
        sessions.saveAndFlush(created);
        audit.record("forum-session.created", SESSION, id(created.getId()),
                "“" + content.title() + "” on " + content.startsAt());
        return row(created, Map.of());
    }

    /** Saves a session; more places than before go straight to the people waiting, in order. */
    @Transactional
    public SessionRow updateSession(long id, long expectedVersion, SessionContent content) {
        var managed = guard.locked(id);
        var session = managed.session();
        checkVersion(session.getVersion(), expectedVersion, ForumSession.class, id);
        validate(content);
        var before = session.content();
        session.edit(content, now());
        sessions.saveAndFlush(session);
        audit.record("forum-session.changed", SESSION, id(id), Changes.between(before, content));
        if (content.capacity() > before.capacity() && session.isOpenAt(now())) {
            signUps.promoteWaiting(session, managed.series());
        }
        return row(session, Map.of());
    }

    public List<RegistrationRow> registrations(long sessionId) {
        guard.session(sessionId);
        return registrations.findBySessionIdOrderByCreatedAtAsc(sessionId).stream()
                .sorted(Comparator.comparing((Registration r) -> r.getStatus() == RegistrationStatus.CONFIRMED ? 0
                                : r.getStatus() == RegistrationStatus.WAITING ? 1
                                : r.getStatus() == RegistrationStatus.PENDING ? 2 : 3)
                        .thenComparing(r -> r.getConfirmedAt() == null ? Instant.MAX : r.getConfirmedAt()))
                .map(r -> new RegistrationRow(r.getId(), r.getName(), r.getEmail(), r.getOrganisation(),
                        r.getAccessibilityNeeds(), r.getStatus(), r.getApproval(), r.getAttended(),
                        r.getConfirmedAt(), r.getConsentVersion(), r.getConsentedAt()))
                .toList();
    }

    /** Cancels a registration for the person (say they phoned), as they would themselves through their link. */
    @Transactional
    public void cancelRegistration(long registrationId) {
        var person = registrations.findById(registrationId).orElseThrow();
        var managed = guard.locked(person.getSessionId());
        if (signUps.cancel(person, managed.session(), managed.series())) {
            audit.record("forum-registration.cancelled", REGISTRATION, id(registrationId), "by a facilitator");
        }
    }

    /** Approves or declines a listening circle registrant; approval emails them where it is. */
    @Transactional
    public void decide(long registrationId, Approval decision) {
        var person = registrations.findById(registrationId).orElseThrow();
        var managed = guard.managed(person.getSessionId());
        var session = managed.session();
        var forum = managed.series();
        if (!session.isListeningCircle() || decision == person.getApproval()) {
            return;
        }
        person.decide(decision, now());
        registrations.flush();
        audit.record("forum-registration." + decision.name().toLowerCase(java.util.Locale.ROOT), REGISTRATION,
                id(registrationId), null);
        if (person.isExpected()) {
            mail.send(ForumMail.APPROVED, person, session, forum,
                    signUps.mint(person, LinkPurpose.MANAGE, SignUpService.manageExpiry(session)), null, null);
        }
    }

    /** Records whether a person came: true, false, or null for not recorded. */
    @Transactional
    public void recordAttendance(long registrationId, @Nullable Boolean attended) {
        var person = registrations.findById(registrationId).orElseThrow();
        guard.managed(person.getSessionId());
        person.recordAttendance(attended, now());
        audit.record("forum-registration.attendance", REGISTRATION, id(registrationId), String.valueOf(attended));
    }

    /** People who had a place at a past session of the series and were recorded as not attending. */
    public List<FollowUp> nonAttendees(long seriesId) {
        guard.series(seriesId);
        var now = now();
        var past = sessions.findBySeriesIdOrderByStartsAtAsc(seriesId).stream()
                .filter(x -> !x.getStartsAt().isAfter(now))
                .collect(Collectors.toMap(ForumSession::getId, x -> x));
        return registrations.findBySessionIdInAndStatusIn(past.keySet(), List.of(RegistrationStatus.CONFIRMED))
                .stream().filter(r -> Boolean.FALSE.equals(r.getAttended()))
                .map(r -> new FollowUp(r.getName(), r.getEmail(), r.getOrganisation(),
                        past.get(r.getSessionId()).content().title(), past.get(r.getSessionId()).getStartsAt()))
                .sorted(Comparator.comparing(FollowUp::startsAt).reversed().thenComparing(FollowUp::name))
                .toList();
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

    private static SessionRow row(ForumSession x, Map<RegistrationStatus, Long> counts) {
        return new SessionRow(x.getId(), x.getVersion(), x.getSeriesId(), x.getSlug(), x.content(),
                x.isAgendaPublished(), count(counts, RegistrationStatus.CONFIRMED),
                count(counts, RegistrationStatus.WAITING), count(counts, RegistrationStatus.PENDING));
    }

    private static int count(Map<RegistrationStatus, Long> counts, RegistrationStatus status) {
        return Objects.requireNonNullElse(counts.get(status), 0L).intValue();
    }
}
