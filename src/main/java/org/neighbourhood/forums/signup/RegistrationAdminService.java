package org.neighbourhood.forums.signup;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.forums.series.SeriesGuard;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.security.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office of sign-ups: who signed up, listening circle approval, attendance, cancelling for someone
 * who asked, and who to follow up. Every call reaches its session through {@link SeriesGuard}, so a facilitator
 * sees and changes only the sign-ups of the series they are assigned to. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationAdminService {

    private static final String REGISTRATION = "forum-registration";

    private final RegistrationRepository registrations;
    private final SeriesGuard guard;
    private final Places places;
    private final Links links;
    private final ForumMail mail;
    private final AuditLog audit;
    private final Clock clock;

    RegistrationAdminService(RegistrationRepository registrations, SeriesGuard guard, Places places, Links links,
            ForumMail mail, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.guard = guard;
        this.places = places;
        this.links = links;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    public record RegistrationRow(long id, String name, String email, @Nullable String organisation,
            @Nullable String accessibilityNeeds, RegistrationStatus status, @Nullable Approval approval,
            @Nullable Boolean attended, @Nullable Instant confirmedAt, String consentVersion, Instant consentedAt) {
    }

    /** A person to follow up, and the session they had a place at but did not come to. */
    public record FollowUp(String name, String email, @Nullable String organisation, SessionContent session) {
    }

    /** Places taken, people waiting and sign-ups not yet confirmed, for each session of a series. */
    public Map<Long, PlaceCount> placeCounts(long seriesId) {
        return places.counts(guard.sessions(seriesId).stream().map(SessionFacts::id).toList());
    }

    /** A session's sign-ups: places in the order given, then the waiting list in order, then the rest. */
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

    /** Cancels a registration for the person (say they phoned), exactly as they would through their link. */
    @Transactional
    public void cancelRegistration(long registrationId) {
        var held = locked(registrationId);
        if (places.cancel(held.person(), held.session())) {
            audit.record("forum-registration.cancelled", REGISTRATION, id(registrationId), "by a facilitator");
        }
    }

    /** Approves or declines a listening circle registrant; approval emails them where it is. */
    @Transactional
    public void decide(long registrationId, Approval decision) {
        var held = managed(registrationId);
        var person = held.person();
        var session = held.session();
        if (!session.listeningCircle() || decision == person.getApproval()) {
            return;
        }
        person.decide(decision, now());
        registrations.flush();
        audit.record("forum-registration." + decision.name().toLowerCase(Locale.ROOT), REGISTRATION,
                id(registrationId), null);
        if (person.isExpected()) {
            mail.send(ForumMail.APPROVED, person, session, links.manage(person, session), null, null);
        }
    }

    /** Records whether a person came: true, false, or null for not recorded. */
    @Transactional
    public void recordAttendance(long registrationId, @Nullable Boolean attended) {
        managed(registrationId).person().recordAttendance(attended, now());
        audit.record("forum-registration.attendance", REGISTRATION, id(registrationId), String.valueOf(attended));
    }

    /** People who had a place at a past session of the series and were recorded as not attending. */
    public List<FollowUp> nonAttendees(long seriesId) {
        var now = now();
        var past = guard.sessions(seriesId).stream().filter(x -> !x.startsAt().isAfter(now))
                .collect(Collectors.toMap(SessionFacts::id, Function.identity()));
        return registrations.findBySessionIdInAndStatusIn(past.keySet(), List.of(RegistrationStatus.CONFIRMED))
                .stream().filter(r -> Boolean.FALSE.equals(r.getAttended()))
                .map(r -> new FollowUp(r.getName(), r.getEmail(), r.getOrganisation(),
                        past.get(r.getSessionId()).content()))
                .sorted(Comparator.comparing((FollowUp f) -> f.session().startsAt()).reversed()
                        .thenComparing(FollowUp::name))
                .toList();
    }

    /** A person the demo signs up: already confirmed or waiting, and nobody emailed. */
    public record DemoSignUp(String name, String email, @Nullable String organisation, Locale language,
            boolean place, @Nullable Boolean attended, @Nullable Approval approval, Instant signedUpAt) {
    }

    /** The demo's sign-ups for one session, in order; their ids. Only an administrator, or the portal, loads it. */
    @Transactional
    public List<Long> loadDemo(long sessionId, List<DemoSignUp> people) {
        guard.requireAdmin();
        var session = guard.session(sessionId);
        var now = now();
        return people.stream().map(p -> {
            var person = new Registration(sessionId, p.email(), p.signedUpAt());
            person.signUp(new SignUp(p.name(), p.email(), p.organisation(), null, true, null),
                    session.listeningCircle(), p.language(), SignUpService.CONSENT_VERSION, now);
            person.confirm(p.place(), p.signedUpAt().plus(1, ChronoUnit.HOURS));
            if (p.attended() != null) {
                person.recordAttendance(p.attended(), now);
            }
            if (p.approval() != null) {
                person.decide(p.approval(), now);
            }
            return registrations.save(person).getId();
        }).toList();
    }

    /** A registration with its session, reached only through the guard: the one way this service gets one. */
    private record Held(Registration person, SessionFacts session) {
    }

    private Held managed(long registrationId) {
        var person = registration(registrationId);
        return new Held(person, guard.session(person.getSessionId()));
    }

    /** With the session locked for the rest of the transaction, for changes that give out places. */
    private Held locked(long registrationId) {
        var person = registration(registrationId);
        return new Held(person, guard.lockSession(person.getSessionId()));
    }

    private Registration registration(long registrationId) {
        return registrations.findById(registrationId)
                .orElseThrow(() -> Refusal.of("refusal.forum.registration.gone"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String id(long id) {
        return String.valueOf(id);
    }
}
