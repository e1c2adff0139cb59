package org.neighbourhood.forums.signup;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Localised;
import org.neighbourhood.forums.series.SeriesCatalog;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What residents do without an account: sign up, confirm by the emailed link, then manage and cancel through
 * their link, which also opens the agenda ({@code forums.agenda}) and feedback ({@code forums.after}) to them.
 * Places go to people in the order they confirm; a cancellation hands the place to the first person waiting.
 * Every email goes to the outbox in the same transaction as the change that causes it.
 */
@Service
@Transactional(readOnly = true)
public class SignUpService {

    /** The wording of the consent people agree to; a new wording gets a new version. */
    public static final String CONSENT_VERSION = "forum-2026-11";

    private static final Logger log = LoggerFactory.getLogger(SignUpService.class);

    private final SeriesCatalog catalog;
    private final RegistrationRepository registrations;
    private final Links links;
    private final Places places;
    private final ForumMail mail;
    private final SignUpLimiter limiter;
    private final SessionNames names;
    private final Clock clock;

    SignUpService(SeriesCatalog catalog, RegistrationRepository registrations, Links links, Places places,
            ForumMail mail, SignUpLimiter limiter, SessionNames names, Clock clock) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.links = links;
        this.places = places;
        this.mail = mail;
        this.limiter = limiter;
        this.names = names;
        this.clock = clock;
    }

    public enum Outcome {
        /** Accepted: an email with a link is on its way (also what a robot filling the honeypot is told). */
        EMAILED,
        /** The form has problems; see {@link SignUpResult#problems()}. */
        INVALID,
        /** The session has started or is not open to sign-ups. */
        CLOSED,
        /** Too many sign-ups from this address just now. */
        THROTTLED
    }

    public record SignUpResult(Outcome outcome, Map<String, String> problems) {
        static SignUpResult of(Outcome outcome) {
            return new SignUpResult(outcome, Map.of());
        }
    }

    /**
     * Takes a sign-up. It counts only once the emailed link is clicked. Signing up again with the address of
     * an existing registration changes nothing about it (anyone can type anyone's address): it only sends
     * that person their link again, at most a few times an hour, and the answer is the same either way, so the
     * form never tells whether an address has signed up.
     */
    @Transactional
    public SignUpResult signUp(long sessionId, SignUp form, Locale language, String clientAddress) {
        var problems = form.problems();
        if (!problems.isEmpty()) {
            return new SignUpResult(Outcome.INVALID, problems);
        }
        if (form.honeypot() != null && !form.honeypot().isBlank()) {
            log.info("Ignored a forum sign-up with the honeypot filled in, from {}", clientAddress);
            return SignUpResult.of(Outcome.EMAILED);
        }
        if (!limiter.trySignUp(clientAddress)) {
            return SignUpResult.of(Outcome.THROTTLED);
        }
        var now = now();
        var session = catalog.lock(sessionId).filter(s -> s.content().published()).orElse(null);
        if (session == null || !session.isOpenAt(now)) {
            return SignUpResult.of(Outcome.CLOSED);
        }
        var email = form.email().strip().toLowerCase(Locale.ROOT);
        var existing = registrations.findBySessionIdAndEmail(sessionId, email);
        if (existing.isPresent() && !limiter.tryFreshLink(existing.get().getId())) {
            return SignUpResult.of(Outcome.EMAILED);
        }
        var person = existing.orElseGet(() -> {
            var fresh = new Registration(sessionId, email, now);
            fresh.signUp(form, session.listeningCircle(), language, CONSENT_VERSION, now);
            return registrations.saveAndFlush(fresh);
        });
        // Whoever signs up again after cancelling is asked to confirm again, which gives them a place anew.
        sendLink(person, session, person.getStatus() == RegistrationStatus.PENDING
                || person.getStatus() == RegistrationStatus.CANCELLED);
        return SignUpResult.of(Outcome.EMAILED);
    }

    /** Who a working manage link belongs to, for what other parts of the forums offer through it. */
    public record Registrant(long id, long sessionId) {
    }

    public enum LinkState {
        VALID, EXPIRED, USED, UNKNOWN
    }

    /** What the confirm page shows before the person presses "Confirm". */
    public record ConfirmPage(LinkState state, @Nullable SessionSummary session) {
    }

    /** A session named in the reader's language, or in the first one written where nobody has written theirs. */
    public record SessionSummary(String seriesSlug, Localised<String> seriesName, String sessionSlug,
            Localised<String> title, Instant startsAt, Instant endsAt, boolean listeningCircle) {
    }

    public ConfirmPage confirmPage(String token, Locale locale) {
        var link = links.find(token, LinkPurpose.CONFIRM);
        if (link.isEmpty()) {
            return new ConfirmPage(LinkState.UNKNOWN, null);
        }
        var person = registrations.findById(link.get().getRegistrationId()).orElseThrow();
        return new ConfirmPage(links.state(link.get()), summary(session(person), locale));
    }

    /** The result of pressing "Confirm": a place, a place on the waiting list, or a link that no longer works. */
    public record Confirmation(LinkState state, @Nullable RegistrationStatus status, int waitingPosition,
            @Nullable String manageToken) {
    }

    /**
     * Confirms a sign-up: a place when one is free, otherwise the end of the waiting list; a cancelled one
     * starts again. The link is single-use; the email that follows carries a fresh manage link, which the
     * page also offers.
     */
    @Transactional
    public Confirmation confirm(String token) {
        var link = links.find(token, LinkPurpose.CONFIRM);
        if (link.isEmpty()) {
            return new Confirmation(LinkState.UNKNOWN, null, 0, null);
        }
        if (links.state(link.get()) != LinkState.VALID) {
            return new Confirmation(links.state(link.get()), null, 0, null);
        }
        var now = now();
        var person = registrations.findById(link.get().getRegistrationId()).orElseThrow();
        var session = catalog.lock(person.getSessionId()).orElseThrow();
        if (!session.isOpenAt(now)) {
            return new Confirmation(LinkState.EXPIRED, null, 0, null);
        }
        link.get().use(now);
        if (person.getStatus() == RegistrationStatus.CANCELLED) {
            person.restart(now);
        }
        if (person.getStatus() == RegistrationStatus.PENDING) {
            places.confirm(person, session);
        }
        var manage = links.manage(person, session);
        int position = places.waitingPosition(person);
        mail.send(person.getStatus() == RegistrationStatus.WAITING ? ForumMail.WAITING : ForumMail.PLACE, person,
                session, manage, null, position == 0 ? null : position);
        return new Confirmation(LinkState.VALID, person.getStatus(), position, manage);
    }

    /** One registration as its owner sees it through their manage link. */
    public record MyRegistration(LinkState state, long registrationId, String name, String email,
            @Nullable String organisation, @Nullable String accessibilityNeeds, RegistrationStatus status,
            @Nullable Approval approval, int waitingPosition, SessionSummary session, @Nullable SessionContent where,
            boolean open, boolean feedbackOpen) {
    }

    public Optional<MyRegistration> manage(String token, Locale locale) {
        return links.find(token, LinkPurpose.MANAGE).map(link -> {
            var person = registrations.findById(link.getRegistrationId()).orElseThrow();
            var session = session(person);
            var now = now();
            var state = links.state(link);
            if (state != LinkState.VALID) {
                return new MyRegistration(state, person.getId(), "", "", null, null, person.getStatus(), null, 0,
                        summary(session, locale), null, false, false);
            }
            var knowsWhere = !session.listeningCircle() || person.isExpected();
            return new MyRegistration(state, person.getId(), person.getName(), person.getEmail(),
                    person.getOrganisation(), person.getAccessibilityNeeds(), person.getStatus(), person.getApproval(),
                    places.waitingPosition(person), summary(session, locale), knowsWhere ? session.content() : null,
                    session.isOpenAt(now) && person.getStatus().isRegistered(),
                    !session.isOpenAt(now) && person.getStatus() == RegistrationStatus.CONFIRMED);
        });
    }

    /** Cancels through the manage link, as a facilitator would for the person; false for a link that does not work. */
    @Transactional
    public boolean cancel(String token) {
        var link = links.workingManage(token);
        if (link.isEmpty()) {
            return false;
        }
        var person = registrations.findById(link.get().getRegistrationId()).orElseThrow();
        places.cancel(person, catalog.lock(person.getSessionId()).orElseThrow());
        return true;
    }

    /** The holder of a working manage link who had a place at a session that has started: who may give feedback. */
    public Optional<Registrant> attendee(String token) {
        var person = holder(token).orElse(null);
        if (person == null || person.getStatus() != RegistrationStatus.CONFIRMED) {
            return Optional.empty();
        }
        return session(person).isOpenAt(now()) ? Optional.empty()
                : Optional.of(new Registrant(person.getId(), person.getSessionId()));
    }

    public enum FreshLink {
        SENT, UNKNOWN, THROTTLED
    }

    /**
     * Emails a working link to the address a used or expired link was sent to: a confirm link while the
     * sign-up is unconfirmed, otherwise a manage link. Nobody else's address is ever involved.
     */
    @Transactional
    public FreshLink sendFreshLink(String oldToken) {
        var link = links.find(oldToken);
        if (link.isEmpty()) {
            return FreshLink.UNKNOWN;
        }
        var person = registrations.findById(link.get().getRegistrationId()).orElseThrow();
        if (!limiter.tryFreshLink(person.getId())) {
            return FreshLink.THROTTLED;
        }
        var session = session(person);
        sendLink(person, session, person.getStatus() == RegistrationStatus.PENDING && session.isOpenAt(now()));
        return FreshLink.SENT;
    }

    /** The holder of a working manage link. */
    public Optional<Registrant> registrant(String token) {
        return holder(token).map(person -> new Registrant(person.getId(), person.getSessionId()));
    }

    /** The holder of a working manage link who still has a place or is waiting for one, before the session. */
    public Optional<Registrant> registeredBeforeStart(String token) {
        var person = holder(token).orElse(null);
        if (person == null || !person.getStatus().isRegistered()) {
            return Optional.empty();
        }
        return session(person).isOpenAt(now()) ? Optional.of(new Registrant(person.getId(), person.getSessionId()))
                : Optional.empty();
    }

    /** How many places are taken and how many people wait, by session: counts only, never who. */
    public Map<Long, PlaceCount> placeCounts(Collection<Long> sessionIds) {
        return places.counts(sessionIds);
    }

    /** Emails the person their manage link, with a confirm link too when they are asked to confirm. */
    private void sendLink(Registration person, SessionFacts session, boolean toConfirm) {
        var manage = links.manage(person, session);
        if (toConfirm) {
            mail.send(ForumMail.CONFIRM, person, session, manage, links.confirm(person), null);
        } else {
            mail.send(ForumMail.LINK, person, session, manage, null, null);
        }
    }

    private Optional<Registration> holder(String token) {
        return links.workingManage(token).flatMap(l -> registrations.findById(l.getRegistrationId()));
    }

    private SessionFacts session(Registration person) {
        return catalog.session(person.getSessionId()).orElseThrow();
    }

    /** Now, to the microsecond the database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private SessionSummary summary(SessionFacts session, Locale locale) {
        return new SessionSummary(session.seriesSlug(), names.seriesName(session, locale), session.slug(),
                names.sessionTitle(session, locale), session.startsAt(), session.endsAt(), session.listeningCircle());
    }
}
