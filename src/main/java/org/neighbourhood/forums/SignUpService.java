package org.neighbourhood.forums;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
 * What residents do without an account: sign up, confirm by the emailed link, then manage, cancel, propose
 * and support agenda topics and give feedback through their link. Places go to people in the order they
 * confirm; a cancellation hands the place to the first person waiting. Every email goes to the outbox in
 * the same transaction as the change that causes it.
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
    private final TopicRepository topics;
    private final FeedbackRepository feedback;
    private final ForumMail mail;
    private final SignUpLimiter limiter;
    private final Clock clock;

    SignUpService(ForumSessionRepository sessions, ForumSeriesRepository series, RegistrationRepository registrations,
            RegistrationLinkRepository links, TopicRepository topics, FeedbackRepository feedback, ForumMail mail,
            SignUpLimiter limiter, Clock clock) {
        this.sessions = sessions;
        this.series = series;
        this.registrations = registrations;
        this.links = links;
        this.topics = topics;
        this.feedback = feedback;
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
            boolean open, boolean feedbackOpen, List<MyTopic> topics) {
    }

    public record MyTopic(long id, String title, @Nullable String details, int supporters, boolean mine,
            boolean supported, TopicStatus status) {
    }

    public Optional<MyRegistration> manage(String token, Locale locale) {
        return manageLink(token).map(link -> {
            var person = registrations.findById(link.getRegistrationId()).orElseThrow();
            var session = sessions.findById(person.getSessionId()).orElseThrow();
            var now = now();
            var state = state(link);
            if (state != LinkState.VALID) {
                return new MyRegistration(state, person.getId(), "", "", null, null, person.getStatus(), null, 0,
                        summary(session, locale), null, false, false, List.of());
            }
            var content = session.content();
            var knowsWhere = !session.isListeningCircle() || person.isExpected();
            var mine = topics.findBySessionIdOrderByCreatedAtAsc(session.getId()).stream()
                    .filter(t -> t.getStatus() != TopicStatus.SET_ASIDE)
                    .sorted(Comparator.comparingInt((Topic t) -> -t.getSupporters().size())
                            .thenComparing(Topic::getCreatedAt))
                    .map(t -> new MyTopic(t.getId(), t.getTitle(), t.getDetails(), t.getSupporters().size(),
                            Long.valueOf(person.getId()).equals(t.getProposedBy()),
                            t.getSupporters().contains(person.getId()), t.getStatus()))
                    .toList();
            return new MyRegistration(state, person.getId(), person.getName(), person.getEmail(),
                    person.getOrganisation(), person.getAccessibilityNeeds(), person.getStatus(), person.getApproval(),
                    waitingPosition(person), summary(session, locale), knowsWhere ? content : null,
                    session.isOpenAt(now) && person.getStatus().isRegistered(),
                    !session.isOpenAt(now) && person.getStatus() == RegistrationStatus.CONFIRMED, mine);
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
        if (person.getStatus() == RegistrationStatus.CANCELLED) {
            return true;
        }
        var now = now();
        person.cancel(now);
        registrations.flush();
        var forum = series.findById(session.getSeriesId()).orElseThrow();
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

    /** Problems by field as message keys; empty when the topic was added. */
    @Transactional
    public Map<String, String> proposeTopic(String token, String title, @Nullable String details) {
        var person = registeredBeforeStart(token);
        if (person == null) {
            return Map.of("title", "forum.topic.closed");
        }
        var cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            return Map.of("title", "forum.topic.title.required");
        }
        if (cleanTitle.length() > Topic.TITLE_MAX) {
            return Map.of("title", "forum.topic.title.too-long");
        }
        var cleanDetails = details == null || details.isBlank() ? null : details.strip();
        if (cleanDetails != null && cleanDetails.length() > Topic.DETAILS_MAX) {
            return Map.of("details", "forum.topic.details.too-long");
        }
        var topic = new Topic(person.getSessionId(), person.getId(), cleanTitle, cleanDetails, now());
        topic.toggleSupport(person.getId());
        topics.save(topic);
        return Map.of();
    }

    /** Adds or withdraws support for a topic of the same session; true when supported afterwards. */
    @Transactional
    public boolean toggleSupport(String token, long topicId) {
        var person = registeredBeforeStart(token);
        if (person == null) {
            throw new IllegalStateException("Topics are closed for this registration");
        }
        var topic = topics.findById(topicId).filter(t -> t.getSessionId() == person.getSessionId()).orElseThrow();
        return topic.toggleSupport(person.getId());
    }

    /** Feedback after the session; anonymous feedback keeps no link to the person. */
    @Transactional
    public Map<String, String> giveFeedback(String token, String body, boolean anonymous) {
        var link = validManageLink(token);
        var person = link.flatMap(l -> registrations.findById(l.getRegistrationId())).orElse(null);
        if (person == null || person.getStatus() != RegistrationStatus.CONFIRMED) {
            return Map.of("body", "forum.feedback.closed");
        }
        var session = sessions.findById(person.getSessionId()).orElseThrow();
        if (session.isOpenAt(now())) {
            return Map.of("body", "forum.feedback.closed");
        }
        var text = body.strip();
        if (text.isEmpty()) {
            return Map.of("body", "forum.feedback.required");
        }
        if (text.length() > Feedback.BODY_MAX) {
            return Map.of("body", "forum.feedback.too-long");
        }
        feedback.save(new Feedback(session.getId(), anonymous ? null : person.getId(), text, now()));
        return Map.of();
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

    private @Nullable Registration registeredBeforeStart(String token) {
        var person = validManageLink(token).flatMap(l -> registrations.findById(l.getRegistrationId())).orElse(null);
        if (person == null || !person.getStatus().isRegistered()) {
            return null;
        }
        var session = sessions.findById(person.getSessionId()).orElseThrow();
        return session.isOpenAt(now()) ? person : null;
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
