package org.neighbourhood.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One piece of feedback: what it is about, the first message and who sent it (nobody, for an anonymous one),
 * and its way through the inbox. The times are kept after the personal data is erased, for the figures.
 */
@Entity
@Table(name = "feedback")
class FeedbackItem {

    static final int REFERENCE_MAX = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String reference;
    private @Nullable Long neighbourhoodId;
    @Enumerated(EnumType.STRING)
    private Subject subject;
    private String message;
    private @Nullable String page;
    private @Nullable Boolean useful;
    private @Nullable String name;
    private @Nullable String email;
    private String locale;
    private @Nullable String consentVersion;
    @Enumerated(EnumType.STRING)
    private FeedbackStatus status;
    private boolean spam;
    private Instant receivedAt;
    private Instant dueAt;
    private @Nullable Instant firstAnsweredAt;
    private @Nullable Long answerSeconds;
    private @Nullable Long assigneeId;
    private @Nullable Instant escalatedAt;
    private @Nullable Instant closedAt;
    private @Nullable Instant erasedAt;
    @Version
    private long version;

    protected FeedbackItem() {
        this.reference = "";
        this.subject = Subject.OTHER;
        this.message = "";
        this.locale = "en";
        this.status = FeedbackStatus.NEW;
        this.receivedAt = Instant.EPOCH;
        this.dueAt = Instant.EPOCH;
    }

    FeedbackItem(String reference, @Nullable Long neighbourhoodId, Subject subject, String message, @Nullable String page,
            @Nullable Boolean useful, Locale locale, Instant receivedAt, Duration answerWithin) {
        this.reference = reference;
        this.neighbourhoodId = neighbourhoodId;
        this.subject = subject;
        this.message = message;
        this.page = page;
        this.useful = useful;
        this.locale = locale.toLanguageTag();
        this.status = FeedbackStatus.NEW;
        this.receivedAt = receivedAt;
        this.dueAt = receivedAt.plus(answerWithin);
    }

    /** Who to answer: only for someone who gave an email and did not ask to stay anonymous. */
    void replyTo(@Nullable String name, String email, String consentVersion) {
        this.name = name;
        this.email = email;
        this.consentVersion = consentVersion;
    }

    /** Someone on the team takes it on. */
    void assign(@Nullable Long accountId) {
        this.assigneeId = accountId;
        startWork();
    }

    void startWork() {
        if (status == FeedbackStatus.NEW) {
            status = FeedbackStatus.IN_PROGRESS;
        }
    }

    void answer(Instant now) {
        if (firstAnsweredAt == null) {
            firstAnsweredAt = now;
            answerSeconds = Duration.between(receivedAt, now).toSeconds();
        }
        status = FeedbackStatus.ANSWERED;
        closedAt = null;
    }

    /** The resident wrote again: the team owes them a reply once more. */
    void residentWrote() {
        status = FeedbackStatus.IN_PROGRESS;
        closedAt = null;
    }

    void close(Instant now) {
        status = FeedbackStatus.CLOSED;
        closedAt = now;
    }

    void reopen() {
        status = firstAnsweredAt == null ? FeedbackStatus.IN_PROGRESS : FeedbackStatus.ANSWERED;
        closedAt = null;
        spam = false;
    }

    /** Hidden from the inbox and closed, so that it is erased like any closed item; its sender is never mailed. */
    void markSpam(Instant now) {
        spam = true;
        close(now);
    }

    void escalate(Instant now) {
        escalatedAt = now;
    }

    /** Whether the resident may ask for escalation: the target has passed with no answer and nobody asked yet. */
    boolean isEscalatableAt(Instant now) {
        return firstAnsweredAt == null && escalatedAt == null && !spam && !now.isBefore(dueAt)
                && status != FeedbackStatus.CLOSED;
    }

    boolean isOverdueAt(Instant now) {
        return firstAnsweredAt == null && !spam && status.isOpen() && now.isAfter(dueAt);
    }

    /** Forgets who wrote and what they wrote; what it was about and when stay. */
    void erase(Instant now) {
        name = null;
        email = null;
        message = "";
        page = null;
        erasedAt = now;
    }

    long getId() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    String getReference() {
        return reference;
    }

    @Nullable Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    Subject getSubject() {
        return subject;
    }

    String getMessage() {
        return message;
    }

    @Nullable String getPage() {
        return page;
    }

    @Nullable Boolean getUseful() {
        return useful;
    }

    @Nullable String getName() {
        return name;
    }

    @Nullable String getEmail() {
        return email;
    }

    Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    @Nullable String getConsentVersion() {
        return consentVersion;
    }

    FeedbackStatus getStatus() {
        return status;
    }

    boolean isSpam() {
        return spam;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    @Nullable Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    @Nullable Long getAssigneeId() {
        return assigneeId;
    }

    @Nullable Instant getEscalatedAt() {
        return escalatedAt;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }

    @Nullable Instant getErasedAt() {
        return erasedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FeedbackItem that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return FeedbackItem.class.hashCode();
    }
}
