package org.neighbourhood.forums;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.LinkTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    static final Duration CONFIRM_LINK_LIFETIME = Duration.ofDays(3);
    /** Manage links work until a month after the session, for feedback and the actions that follow. */
    static final Duration MANAGE_LINK_AFTER_SESSION = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(SignUpService.class);

    private final ForumSessionRepository sessions;
    private final ForumSeriesRepository series;
    private final RegistrationRepository registrations;
    private final RegistrationLinkRepository links;
    private final ForumMail mail;
    private final SignUpLimiter limiter;
    private final Clock clock;

    SignUpService(ForumSessionRepository sessions, ForumSeriesRepository series, RegistrationRepository registrations,
            RegistrationLinkRepository links, ForumMail mail, SignUpLimiter limiter, Clock clock) {
        this.sessions = sessions;
        this.series = series;
        this.registrations = registrations;
        this.links = links;
        this.mail = mail;
        this.limiter = limiter;
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
        var session = sessions.lockById(sessionId).filter(ForumSession::isPublished).orElse(null);
        if (session == null || !session.isOpenAt(now)) {
            return SignUpResult.of(Outcome.CLOSED);
        }
        var forum = series.findById(session.getSeriesId()).orElseThrow();
        var email = form.email().strip().toLowerCase(Locale.ROOT);
        var existing = registrations.findBySessionIdAndEmail(sessionId, email);
        if (existing.isPresent() && !limiter.tryFreshLink(existing.get().getId())) {
            return SignUpResult.of(Outcome.EMAILED);
        }
        var person = existing.orElseGet(() -> {
            var fresh = new Registration(sessionId, email, now);
            fresh.signUp(form, session.isListeningCircle(), language, CONSENT_VERSION, now);
            return registrations.saveAndFlush(fresh);
        });
        var manage = mint(person, LinkPurpose.MANAGE, manageExpiry(session));
        if (person.getStatus() == RegistrationStatus.PENDING || person.getStatus() == RegistrationStatus.CANCELLED) {
            var confirm = mint(person, LinkPurpose.CONFIRM, now.plus(CONFIRM_LINK_LIFETIME));
            mail.send(ForumMail.CONFIRM, person, session, forum, manage, confirm, null);
        } else {
            mail.send(ForumMail.LINK, person, session, forum, manage, null, null);
        }
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

    public record SessionSummary(String seriesSlug, String seriesName, String sessionSlug, String title,
            Instant startsAt, Instant endsAt, boolean listeningCircle) {
    }

    public ConfirmPage confirmPage(String token, Locale locale) {
        var link = links.findByTokenHash(LinkTokens.hash(token)).filter(l -> l.getPurpose() == LinkPurpose.CONFIRM);
        if (link.isEmpty()) {
            return new ConfirmPage(LinkState.UNKNOWN, null);
        }
        var person = registrations.findById(link.get().getRegistrationId()).orElseThrow();
        var summary = summary(sessions.findById(person.getSessionId()).orElseThrow(), locale);
        return new ConfirmPage(state(link.get()), summary);
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
        var link = links.findByTokenHash(LinkTokens.hash(token)).filter(l -> l.getPurpose() == LinkPurpose.CONFIRM);
        if (link.isEmpty()) {
            return new Confirmation(LinkState.UNKNOWN, null, 0, null);
        }
        if (state(link.get()) != LinkState.VALID) {
            return new Confirmation(state(link.get()), null, 0, null);
        }
        var now = now();
        var person = registrations.findById(link.get().getRegistrationId()).orElseThrow();
        var session = sessions.lockById(person.getSessionId()).orElseThrow();
        if (!session.isOpenAt(now)) {
            return new Confirmation(LinkState.EXPIRED, null, 0, null);
        }
        link.get().use(now);
        if (person.getStatus() == RegistrationStatus.CANCELLED) {
            person.restart(now);
        }
        if (person.getStatus() == RegistrationStatus.PENDING) {
            var taken = registrations.countBySessionIdAndStatus(session.getId(), RegistrationStatus.CONFIRMED);
            person.confirm(taken < session.getCapacity(), now);
        }
        var forum = series.findById(session.getSeriesId()).orElseThrow();
        var manage = mint(person, LinkPurpose.MANAGE, manageExpiry(session));
        int position = waitingPosition(person);
        mail.send(person.getStatus() == RegistrationStatus.WAITING ? ForumMail.WAITING : ForumMail.PLACE, person,
                session, forum, manage, null, position == 0 ? null : position);
        return new Confirmation(LinkState.VALID, person.getStatus(), position, manage);
    }

    /** One registration as its owner sees it through their manage link. */
    public record MyRegistration(LinkState state, long registrationId, String name, String email,
            @Nullable String organisation, @Nullable String accessibilityNeeds, RegistrationStatus status,
            @Nullable Approval approval, int waitingPosition, SessionSummary session, @Nullable SessionContent where,
            boolean open, boolean feedbackOpen) {
    }

    public Optional<MyRegistration> manage(String token, Locale locale) {
        return manageLink(token).map(link -> {
            var person = registrations.findById(link.getRegistrationId()).orElseThrow();
            var session = sessions.findById(person.getSessionId()).orElseThrow();
            var now = now();
            var state = state(link);
            if (state != LinkState.VALID) {
                return new MyRegistration(state, person.getId(), "", "", null, null, person.getStatus(), null, 0,
                        summary(session, locale), null, false, false);
            }
            var content = session.content();
            var knowsWhere = !session.isListeningCircle() || person.isExpected();
            return new MyRegistration(state, person.getId(), person.getName(), person.getEmail(),
                    person.getOrganisation(), person.getAccessibilityNeeds(), person.getStatus(), person.getApproval(),
                    waitingPosition(person), summary(session, locale), knowsWhere ? content : null,
                    session.isOpenAt(now) && person.getStatus().isRegistered(),
                    !session.isOpenAt(now) && person.getStatus() == RegistrationStatus.CONFIRMED);
        });
    }

    /** Cancels through the manage link; the first person waiting gets the place and an email. */
    @Transactional
    public boolean cancel(String token) {
        var link = validManageLink(token);
        if (link.isEmpty()) {
            return false;
        }
        var person = registrations.findById(link.get().getRegistrationId()).orElseThrow();
        var session = sessions.lockById(person.getSessionId()).orElseThrow();
        cancel(person, session, series.findById(session.getSeriesId()).orElseThrow());
        return true;
    }

    /**
     * The one way a place is given up, by the person or by a facilitator for them: the person is emailed, and
     * while sign-ups are open the first person waiting gets the place. The session must be locked. False when
     * the registration was cancelled already.
     */
    boolean cancel(Registration person, ForumSession session, ForumSeries forum) {
        if (person.getStatus() == RegistrationStatus.CANCELLED) {
            return false;
        }
        var now = now();
        person.cancel(now);
        registrations.flush();
        mail.send(ForumMail.CANCELLED, person, session, forum, mint(person, LinkPurpose.MANAGE, manageExpiry(session)),
                null, null);
        if (session.isOpenAt(now)) {
            promoteWaiting(session, forum);
        }
        return true;
    }

    /** Fills free places from the waiting list, in order, emailing each person promoted. */
    void promoteWaiting(ForumSession session, ForumSeries forum) {
        var now = now();
        var taken = registrations.countBySessionIdAndStatus(session.getId(), RegistrationStatus.CONFIRMED);
        for (var next : registrations.inOrder(session.getId(), RegistrationStatus.WAITING)) {
            if (taken >= session.getCapacity()) {
                break;
            }
            next.promote(now);
            taken++;
            mail.send(ForumMail.PROMOTED, next, session, forum, mint(next, LinkPurpose.MANAGE, manageExpiry(session)),
                    null, null);
        }
    }

    /** The holder of a working manage link who had a place at a session that has started: who may give feedback. */
    public Optional<Registrant> attendee(String token) {
        var person = validManageLink(token).flatMap(l -> registrations.findById(l.getRegistrationId())).orElse(null);
        if (person == null || person.getStatus() != RegistrationStatus.CONFIRMED) {
            return Optional.empty();
        }
        var session = sessions.findById(person.getSessionId()).orElseThrow();
        return session.isOpenAt(now()) ? Optional.empty()
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
        var link = links.findByTokenHash(LinkTokens.hash(oldToken));
        if (link.isEmpty()) {
            return FreshLink.UNKNOWN;
        }
        var person = registrations.findById(link.get().getRegistrationId()).orElseThrow();
        if (!limiter.tryFreshLink(person.getId())) {
            return FreshLink.THROTTLED;
        }
        var session = sessions.findById(person.getSessionId()).orElseThrow();
        var forum = series.findById(session.getSeriesId()).orElseThrow();
        var now = now();
        var manage = mint(person, LinkPurpose.MANAGE, manageExpiry(session));
        if (person.getStatus() == RegistrationStatus.PENDING && session.isOpenAt(now)) {
            var confirm = mint(person, LinkPurpose.CONFIRM, now.plus(CONFIRM_LINK_LIFETIME));
            mail.send(ForumMail.CONFIRM, person, session, forum, manage, confirm, null);
        } else {
            mail.send(ForumMail.LINK, person, session, forum, manage, null, null);
        }
        return FreshLink.SENT;
    }

    /** The holder of a working manage link. */
    public Optional<Registrant> registrant(String token) {
        return validManageLink(token).flatMap(l -> registrations.findById(l.getRegistrationId()))
                .map(person -> new Registrant(person.getId(), person.getSessionId()));
    }

    /** The holder of a working manage link who still has a place or is waiting for one, before the session. */
    public Optional<Registrant> registeredBeforeStart(String token) {
        var person = validManageLink(token).flatMap(l -> registrations.findById(l.getRegistrationId())).orElse(null);
        if (person == null || !person.getStatus().isRegistered()) {
            return Optional.empty();
        }
        var session = sessions.findById(person.getSessionId()).orElseThrow();
        return session.isOpenAt(now()) ? Optional.of(new Registrant(person.getId(), person.getSessionId()))
                : Optional.empty();
    }

    private Optional<RegistrationLink> manageLink(String token) {
        return links.findByTokenHash(LinkTokens.hash(token)).filter(l -> l.getPurpose() == LinkPurpose.MANAGE);
    }

    private Optional<RegistrationLink> validManageLink(String token) {
        return manageLink(token).filter(l -> l.isUsableAt(now()));
    }

    private LinkState state(RegistrationLink link) {
        var now = now();
        return link.isUsableAt(now) ? LinkState.VALID
                : link.isUsed() ? LinkState.USED : LinkState.EXPIRED;
    }

    int waitingPosition(Registration person) {
        if (person.getStatus() != RegistrationStatus.WAITING) {
            return 0;
        }
        var waiting = registrations.inOrder(person.getSessionId(), RegistrationStatus.WAITING);
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).getId() == person.getId()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A new link for the person; only its hash is kept. The raw token goes into one email and nowhere else. */
    String mint(Registration person, LinkPurpose purpose, Instant expiresAt) {
        var token = LinkTokens.newToken();
        links.save(new RegistrationLink(person.getId(), purpose, LinkTokens.hash(token), expiresAt, now()));
        return token;
    }

    /** Now, to the microsecond the database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    static Instant manageExpiry(ForumSession session) {
        return session.getEndsAt().plus(MANAGE_LINK_AFTER_SESSION);
    }

    private SessionSummary summary(ForumSession session, Locale locale) {
        var forum = series.findById(session.getSeriesId()).orElseThrow();
        var c = session.content();
        return new SessionSummary(forum.getSlug(), Texts.pick(forum.content().name(), forum.content().namePl(), locale),
                session.getSlug(), Texts.pick(c.title(), c.titlePl(), locale), session.getStartsAt(),
                session.getEndsAt(), session.isListeningCircle());
    }
}
