package org.neighbourhood.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.EmailAddresses;
import org.neighbourhood.base.LinkTokens;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.officers.OfficerService;
import org.neighbourhood.officers.Rank;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.Colleagues;
import org.neighbourhood.security.Colleagues.Colleague;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.Permissions.Editable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback from its sending to its closing. Residents send it without an account and, when they gave an email,
 * follow it through their private link: read the team's answers, write again, and ask for escalation once the
 * target has passed unanswered. The team — the neighbourhood's editors and the administrators, who alone answer
 * feedback for the force in general — works through the inbox: assign, note, answer, close, reopen, mark as
 * spam. Every team step checks who is asking and is audited in the same transaction; every email goes through
 * the outbox in that transaction too.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    /** The wording of the consent people give with an email; a new wording gets a new version. */
    public static final String CONSENT_VERSION = "feedback-2026-12";
    public static final int MESSAGE_MAX = 2000;
    public static final int NAME_MAX = 120;
    public static final int PAGE_MAX = 300;
    /** Whose rank makes them the one an escalation goes to, when they have an account with an email. */
    static final Set<Rank> ESCALATION_RANKS = Set.of(Rank.SERGEANT, Rank.INSPECTOR, Rank.CHIEF_INSPECTOR);
    private static final String SUBJECT = "feedback";

    private final FeedbackItemRepository items;
    private final FeedbackEntryRepository entries;
    private final FeedbackLinkRepository links;
    private final Inbox inbox;
    private final FeedbackMail mail;
    private final FeedbackLimiter limiter;
    private final NeighbourhoodService neighbourhoods;
    private final OfficerService officers;
    private final Colleagues colleagues;
    private final Permissions permissions;
    private final AuditLog audit;
    private final ContentLanguages languages;
    private final Clock clock;
    private final Duration answerWithin;
    private final Duration linkValidFor;

    FeedbackService(FeedbackItemRepository items, FeedbackEntryRepository entries, FeedbackLinkRepository links,
            Inbox inbox, FeedbackMail mail, FeedbackLimiter limiter, NeighbourhoodService neighbourhoods,
            OfficerService officers, Colleagues colleagues, Permissions permissions, AuditLog audit,
            ContentLanguages languages, Clock clock,
            @Value("${neighbourhood.feedback.answer-within:72h}") Duration answerWithin,
            @Value("${neighbourhood.feedback.link-valid-for:P180D}") Duration linkValidFor) {
        this.items = items;
        this.entries = entries;
        this.links = links;
        this.inbox = inbox;
        this.mail = mail;
        this.limiter = limiter;
        this.neighbourhoods = neighbourhoods;
        this.officers = officers;
        this.colleagues = colleagues;
        this.permissions = permissions;
        this.audit = audit;
        this.languages = languages;
        this.clock = clock;
        this.answerWithin = answerWithin;
        this.linkValidFor = linkValidFor;
    }

    /**
     * What a resident sends.
     *
     * @param neighbourhoodId the neighbourhood it is for; null for the force in general
     * @param page the portal page it was sent from, such as {@code /riverside/priorities/litter}
     * @param useful the answer to "Was this useful?" when it came from an item
     * @param anonymous whether they want to stay anonymous: then no name or email is kept, whatever was typed
     * @param honeypot the field people never see; anything in it marks a robot
     */
    public record Submission(@Nullable Long neighbourhoodId, Subject subject, String message, @Nullable String page,
            @Nullable Boolean useful, boolean anonymous, @Nullable String name, @Nullable String email,
            @Nullable String honeypot) {
    }

    /** What the resident is told on sending: the reference, the time the team aims to answer by, and whether a receipt was emailed. */
    public record Receipt(String reference, Instant dueAt, boolean emailed) {
    }

    /** One step of the conversation after the first message; {@code author} is a team member's display name. */
    public record Entry(EntryKind kind, String body, @Nullable String author, Instant at) {
    }

    /** An item as its sender sees it through their link: no notes, nothing about the team's inner workings. */
    public record ResidentView(String reference, @Nullable String neighbourhoodName, Subject subject, String message,
            FeedbackStatus status, Instant receivedAt, Instant dueAt, @Nullable Instant answeredAt,
            @Nullable Instant escalatedAt, boolean mayEscalate, List<Entry> conversation) {
    }

    /** Who an escalation went to: the body of its {@link EntryKind#ESCALATION} entry. */
    public enum EscalatedTo {
        /** The neighbourhood's sergeants or inspectors with an account. */
        SENIOR_OFFICERS,
        /** The neighbourhood's editors, where no sergeant or inspector has an account with an email. */
        EDITORS,
        /** The administrators: for the force in general, or a neighbourhood nobody else could be told of. */
        ADMINISTRATORS
    }

    public enum InboxOrder {
        NEWEST,
        /** Unanswered items past or nearest their due time first. */
        MOST_OVERDUE
    }

    /**
     * What the inbox shows; every condition left null is no condition.
     *
     * @param olderThan only items received at least this long ago
     * @param overdueOnly only items past due without an answer
     * @param spam the items marked as spam instead of the others
     */
    public record InboxFilter(@Nullable FeedbackStatus status, @Nullable Long neighbourhoodId,
            @Nullable Subject subject, @Nullable Duration olderThan, boolean overdueOnly, @Nullable Long assigneeId,
            boolean spam, InboxOrder order) {

        /** Everything the user may see but spam, most overdue first. */
        public static InboxFilter all() {
            return new InboxFilter(null, null, null, null, false, null, false, InboxOrder.MOST_OVERDUE);
        }

        public InboxFilter withNeighbourhood(@Nullable Long id) {
            return new InboxFilter(status, id, subject, olderThan, overdueOnly, assigneeId, spam, order);
        }

        public InboxFilter withStatus(@Nullable FeedbackStatus value) {
            return new InboxFilter(value, neighbourhoodId, subject, olderThan, overdueOnly, assigneeId, spam, order);
        }

        public InboxFilter withSpam(boolean value) {
            return new InboxFilter(status, neighbourhoodId, subject, olderThan, overdueOnly, assigneeId, value, order);
        }

        public InboxFilter withSubject(@Nullable Subject value) {
            return new InboxFilter(status, neighbourhoodId, value, olderThan, overdueOnly, assigneeId, spam, order);
        }

        public InboxFilter withOlderThan(@Nullable Duration value) {
            return new InboxFilter(status, neighbourhoodId, subject, value, overdueOnly, assigneeId, spam, order);
        }

        public InboxFilter withOverdueOnly(boolean value) {
            return new InboxFilter(status, neighbourhoodId, subject, olderThan, value, assigneeId, spam, order);
        }

        public InboxFilter withOrder(InboxOrder value) {
            return new InboxFilter(status, neighbourhoodId, subject, olderThan, overdueOnly, assigneeId, spam, value);
        }
    }

    /** One line of the inbox. */
    public record InboxItem(long id, String reference, @Nullable Long neighbourhoodId, Subject subject,
            String excerpt, FeedbackStatus status, boolean spam, Instant receivedAt, Instant dueAt, boolean overdue,
            @Nullable Long assigneeId, boolean answerable) {
    }

    /**
     * An opened item for the team.
     *
     * @param answerable whether an answer reaches the resident by email (they gave one)
     */
    public record TeamView(long id, String reference, @Nullable Long neighbourhoodId, Subject subject,
            String message, @Nullable String page, @Nullable Boolean useful, @Nullable String name,
            boolean answerable, Locale language, FeedbackStatus status, boolean spam, Instant receivedAt,
            Instant dueAt, boolean overdue, @Nullable Instant firstAnsweredAt, @Nullable Long assigneeId,
            @Nullable Instant escalatedAt, @Nullable Instant closedAt, List<Entry> conversation) {
    }

    /** The signed-in person's "n due today, m overdue". */
    public record DueSummary(long dueToday, long overdue) {
    }

    /** How long the team has to answer, in calendar hours. */
    public Duration answerWithin() {
        return answerWithin;
    }

    // ---- Residents ----

    /**
     * Takes feedback from anyone. A robot that fills the honeypot is told the same as a person and nothing is
     * kept. With an email (and not anonymous), a receipt with a private link goes to the outbox. The client
     * address is used for the rate limit in memory only, never stored.
     *
     * @throws Refusal {@code refusal.feedback.too-many} past the limit per address, or a refusal naming the field
     *     at fault ({@code message}, {@code name}, {@code email}, {@code page}, {@code neighbourhood})
     */
    @Transactional
    public Receipt submit(Submission form, Locale language, String clientAddress) {
        var now = now();
        if (form.honeypot() != null && !form.honeypot().isBlank()) {
            return new Receipt(References.next(null), now.plus(answerWithin), false);
        }
        if (!limiter.tryMessage(clientAddress)) {
            throw Refusal.of("refusal.feedback.too-many");
        }
        var message = requireText("message", form.message());
        var name = form.anonymous() ? null : blankToNull(form.name());
        var email = form.anonymous() ? null : blankToNull(form.email());
        if (name != null && name.length() > NAME_MAX) {
            throw Refusal.about("name", "refusal.feedback.name.too-long", NAME_MAX);
        }
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EmailAddresses.isValid(email)) {
                throw Refusal.about("email", "refusal.email.invalid");
            }
        }
        var page = blankToNull(form.page());
        if (page != null && (page.length() > PAGE_MAX || !page.startsWith("/") || page.startsWith("//"))) {
            throw Refusal.about("page", "refusal.feedback.page");
        }
        String neighbourhoodName = null;
        if (form.neighbourhoodId() != null) {
            neighbourhoodName = neighbourhoods.findByIds(List.of(form.neighbourhoodId())).stream().findFirst()
                    .map(NeighbourhoodSummary::name)
                    .orElseThrow(() -> Refusal.about("neighbourhood", "refusal.feedback.neighbourhood"));
        }
        var item = new FeedbackItem(uniqueReference(neighbourhoodName), form.neighbourhoodId(), form.subject(), message,
                page, form.useful(), Locale.forLanguageTag(language.getLanguage()), now, answerWithin);
        if (email != null) {
            item.replyTo(name, email, CONSENT_VERSION);
        }
        items.saveAndFlush(item);
        if (email != null) {
            mail.receipt(item, mintLink(item));
        }
        return new Receipt(item.getReference(), item.getDueAt(), email != null);
    }

    /** The item behind a working link; empty for a link that is unknown, expired or erased. */
    public Optional<ResidentView> view(String token) {
        return holder(token).map(this::residentView);
    }

    /**
     * The resident writes again; an answered or closed item goes back to the team.
     *
     * @throws Refusal {@code refusal.feedback.link} for a link that does not work
     */
    @Transactional
    public ResidentView addMessage(String token, String message) {
        var item = holder(token).orElseThrow(() -> Refusal.of("refusal.feedback.link"));
        var text = requireText("message", message);
        entries.save(new FeedbackEntry(item.getId(), EntryKind.RESIDENT, text, null, null, now()));
        if (!item.isSpam()) {
            item.residentWrote();
        }
        items.saveAndFlush(item);
        return residentView(item);
    }

    /**
     * Asks for escalation of an item the team has not answered by its due time: recorded on the item and emailed
     * to the neighbourhood's sergeants or inspectors, or failing them its editors, or the administrators.
     *
     * @throws Refusal {@code refusal.feedback.link} for a link that does not work,
     *     {@code refusal.feedback.not-escalatable} before the due time, once answered or when already escalated
     */
    @Transactional
    public ResidentView escalate(String token) {
        var item = holder(token).orElseThrow(() -> Refusal.of("refusal.feedback.link"));
        var now = now();
        if (!item.isEscalatableAt(now)) {
            throw Refusal.of("refusal.feedback.not-escalatable");
        }
        item.escalate(now);
        var neighbourhoodName = neighbourhoodName(item.getNeighbourhoodId());
        var to = escalationGroup(item.getNeighbourhoodId());
        entries.save(new FeedbackEntry(item.getId(), EntryKind.ESCALATION, to.name(), null, null, now));
        items.saveAndFlush(item);
        recipients(item.getNeighbourhoodId(), to).forEach(recipient ->
                mail.escalated(item, recipient, languages.first(), neighbourhoodName));
        audit.record("feedback.escalated", SUBJECT, String.valueOf(item.getId()),
                item.getReference() + " to " + to.name().toLowerCase(Locale.ROOT));
        return residentView(item);
    }

    // ---- The team ----

    /** One page of the inbox of the neighbourhoods the signed-in user may answer for. */
    public List<InboxItem> inbox(InboxFilter filter, int offset, int limit) {
        var visible = requireInboxOf(filter);
        if (isEmpty(visible)) {
            return List.of();
        }
        var now = now();
        return inbox.page(visible, filter, now, offset, limit).stream().map(item -> inboxItem(item, now)).toList();
    }

    public long inboxCount(InboxFilter filter) {
        var visible = requireInboxOf(filter);
        return isEmpty(visible) ? 0 : inbox.count(visible, filter, now());
    }

    public TeamView open(long id) {
        return teamView(load(id));
    }

    /** Someone the item may be given to. */
    public record Assignee(long accountId, String displayName) {
    }

    /** Who the item may be given to: the neighbourhood's editors and the administrators. */
    public List<Assignee> assignable(long id) {
        var item = load(id);
        return colleagues.ofNeighbourhood(item.getNeighbourhoodId()).stream()
                .map(colleague -> new Assignee(colleague.id(), colleague.displayName()))
                .toList();
    }

    /** Gives the item to a colleague who may work on it, or to nobody. */
    @Transactional
    public TeamView assign(long id, @Nullable Long accountId) {
        var item = load(id);
        if (accountId != null && colleagues.ofNeighbourhood(item.getNeighbourhoodId()).stream()
                .noneMatch(colleague -> colleague.id() == accountId)) {
            throw Refusal.about("assignee", "refusal.feedback.assignee");
        }
        item.assign(accountId);
        items.saveAndFlush(item);
        record(item, "assigned", accountId == null ? "to nobody" : "to account " + accountId);
        return teamView(item);
    }

    /** An internal note: never sent, never shown to the resident. */
    @Transactional
    public TeamView note(long id, String text) {
        var item = load(id);
        entries.save(new FeedbackEntry(id, EntryKind.NOTE, requireText("text", text), actorId(), actorName(), now()));
        item.startWork();
        items.saveAndFlush(item);
        record(item, "noted", null);
        return teamView(item);
    }

    /**
     * Answers the resident: shown on their link and, when they gave an email, sent in their language with a fresh
     * link. The first answer's time is what the figures measure.
     *
     * @throws Refusal {@code refusal.feedback.spam} for an item marked as spam, which is never answered
     */
    @Transactional
    public TeamView answer(long id, String text) {
        var item = load(id);
        if (item.isSpam()) {
            throw Refusal.of("refusal.feedback.spam");
        }
        var answer = requireText("text", text);
        var now = now();
        entries.save(new FeedbackEntry(id, EntryKind.ANSWER, answer, actorId(), actorName(), now));
        item.answer(now);
        items.saveAndFlush(item);
        if (item.getEmail() != null) {
            mail.answer(item, answer, mintLink(item));
        }
        record(item, "answered", item.getEmail() == null ? "not emailed: no address" : "emailed");
        return teamView(item);
    }

    @Transactional
    public TeamView close(long id) {
        return step(id, item -> item.close(now()), "closed");
    }

    /** Opens a closed item again; one marked as spam by mistake comes back into the inbox. */
    @Transactional
    public TeamView reopen(long id) {
        return step(id, FeedbackItem::reopen, "reopened");
    }

    /** Hides the item from the inbox and closes it; its sender is never emailed about it. */
    @Transactional
    public TeamView markSpam(long id) {
        return step(id, item -> item.markSpam(now()), "marked-spam");
    }

    /** One change of an item's state by the team: checked by {@link #load}, saved and audited. */
    private TeamView step(long id, java.util.function.Consumer<FeedbackItem> change, String action) {
        var item = load(id);
        change.accept(item);
        items.saveAndFlush(item);
        record(item, action, null);
        return teamView(item);
    }

    /**
     * For the back-office home: of the unanswered items the signed-in user may answer, how many fall due before
     * midnight (London) and how many are past due.
     */
    public DueSummary dueSummary() {
        var visible = requireInboxOf(InboxFilter.all());
        if (isEmpty(visible)) {
            return new DueSummary(0, 0);
        }
        var now = now();
        var midnight = now.atZone(Zones.LONDON).toLocalDate().plusDays(1).atStartOfDay(Zones.LONDON).toInstant();
        return new DueSummary(inbox.countDueBetween(visible, now, midnight), inbox.countOverdue(visible, now));
    }

    // ---- Helpers ----

    /** The neighbourhoods whose inbox the user may read; refused for anyone who may answer for none. */
    private Editable requireInboxOf(InboxFilter filter) {
        var visible = permissions.editableNeighbourhoods();
        if (!visible.all() && visible.neighbourhoodIds().isEmpty()) {
            throw new AccessDeniedException("Only a neighbourhood's editors and administrators read its feedback");
        }
        if (filter.neighbourhoodId() != null && !visible.includes(filter.neighbourhoodId())) {
            throw new AccessDeniedException("You may not read this neighbourhood's feedback");
        }
        return visible;
    }

    private static boolean isEmpty(Editable visible) {
        return !visible.all() && visible.neighbourhoodIds().isEmpty();
    }

    /** An item the signed-in user may work on: its neighbourhood's, or for the force in general an administrator's. */
    private FeedbackItem load(long id) {
        var visible = requireInboxOf(InboxFilter.all());
        var item = items.findById(id).orElseThrow(() -> Refusal.of("refusal.no-such-item"));
        var neighbourhood = item.getNeighbourhoodId();
        if (neighbourhood == null ? !visible.all() : !visible.includes(neighbourhood)) {
            throw new AccessDeniedException("You may not work on this neighbourhood's feedback");
        }
        return item;
    }

    private Optional<FeedbackItem> holder(String token) {
        var now = now();
        return links.findByTokenHash(LinkTokens.hash(token))
                .filter(link -> link.isUsableAt(now))
                .flatMap(link -> items.findById(link.getFeedbackId()))
                .filter(item -> item.getErasedAt() == null);
    }

    private String mintLink(FeedbackItem item) {
        var token = LinkTokens.newToken();
        var now = now();
        links.save(new FeedbackLink(item.getId(), LinkTokens.hash(token), now.plus(linkValidFor), now));
        return token;
    }

    private String uniqueReference(@Nullable String neighbourhoodName) {
        // 31^4 (almost a million) references per neighbourhood: a clash is rare, and a few tries settle it.
        for (int attempt = 0; attempt < 20; attempt++) {
            var reference = References.next(neighbourhoodName);
            if (!items.existsByReference(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException("No free feedback reference after 20 tries");
    }

    private EscalatedTo escalationGroup(@Nullable Long neighbourhoodId) {
        if (neighbourhoodId == null) {
            return EscalatedTo.ADMINISTRATORS;
        }
        if (!withEmail(colleagues.linkedTo(officers.idsByRank(neighbourhoodId, ESCALATION_RANKS))).isEmpty()) {
            return EscalatedTo.SENIOR_OFFICERS;
        }
        return withEmail(colleagues.editorsOf(neighbourhoodId)).isEmpty() ? EscalatedTo.ADMINISTRATORS
                : EscalatedTo.EDITORS;
    }

    private List<String> recipients(@Nullable Long neighbourhoodId, EscalatedTo to) {
        return withEmail(switch (to) {
            case SENIOR_OFFICERS -> colleagues.linkedTo(
                    officers.idsByRank(Objects.requireNonNull(neighbourhoodId), ESCALATION_RANKS));
            case EDITORS -> colleagues.editorsOf(Objects.requireNonNull(neighbourhoodId));
            case ADMINISTRATORS -> colleagues.administrators();
        });
    }

    private static List<String> withEmail(List<Colleague> people) {
        return people.stream().map(Colleague::email).filter(Objects::nonNull).map(Objects::requireNonNull)
                .distinct().toList();
    }

    private @Nullable String neighbourhoodName(@Nullable Long neighbourhoodId) {
        return neighbourhoodId == null ? null : neighbourhoods.findByIds(List.of(neighbourhoodId)).stream()
                .findFirst().map(NeighbourhoodSummary::name).orElse(null);
    }

    private ResidentView residentView(FeedbackItem item) {
        var conversation = conversation(item).stream().filter(entry -> entry.kind().residentSees()).toList();
        return new ResidentView(item.getReference(), neighbourhoodName(item.getNeighbourhoodId()), item.getSubject(),
                item.getMessage(), item.getStatus(), item.getReceivedAt(), item.getDueAt(), item.getFirstAnsweredAt(),
                item.getEscalatedAt(), item.isEscalatableAt(now()), conversation);
    }

    private TeamView teamView(FeedbackItem item) {
        var now = now();
        return new TeamView(item.getId(), item.getReference(), item.getNeighbourhoodId(), item.getSubject(),
                item.getMessage(), item.getPage(), item.getUseful(), item.getName(), item.getEmail() != null,
                item.getLocale(), item.getStatus(), item.isSpam(), item.getReceivedAt(), item.getDueAt(),
                item.isOverdueAt(now), item.getFirstAnsweredAt(), item.getAssigneeId(), item.getEscalatedAt(),
                item.getClosedAt(), conversation(item));
    }

    private static InboxItem inboxItem(FeedbackItem item, Instant now) {
        var message = item.getMessage();
        var excerpt = message.length() <= 140 ? message : message.substring(0, 139) + "…";
        return new InboxItem(item.getId(), item.getReference(), item.getNeighbourhoodId(), item.getSubject(), excerpt,
                item.getStatus(), item.isSpam(), item.getReceivedAt(), item.getDueAt(), item.isOverdueAt(now),
                item.getAssigneeId(), item.getEmail() != null);
    }

    private List<Entry> conversation(FeedbackItem item) {
        return entries.findByFeedbackIdOrderByCreatedAtAscIdAsc(item.getId()).stream()
                .map(entry -> new Entry(entry.getKind(), entry.getBody(), entry.getAuthorName(), entry.getCreatedAt()))
                .toList();
    }

    private void record(FeedbackItem item, String action, @Nullable String details) {
        audit.record(SUBJECT + "." + action, SUBJECT, String.valueOf(item.getId()),
                details == null ? item.getReference() : item.getReference() + ": " + details);
    }

    private @Nullable Long actorId() {
        return permissions.signedInAccountId().orElse(null);
    }

    private @Nullable String actorName() {
        return permissions.signedInUser().map(Permissions.SignedInUser::displayName).orElse(null);
    }

    private static String requireText(String field, @Nullable String text) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw Refusal.about(field, "refusal.feedback.message.required");
        }
        if (stripped.length() > MESSAGE_MAX) {
            throw Refusal.about(field, "refusal.feedback.message.too-long", MESSAGE_MAX);
        }
        return stripped;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Now, to the microsecond the database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
