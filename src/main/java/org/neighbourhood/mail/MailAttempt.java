package org.neighbourhood.mail;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** One attempt to send an outbox mail and how it ended. Never changed. */
@Entity
class MailAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long mailId;
    private Instant attemptedAt;
    @Enumerated(EnumType.STRING)
    private AttemptOutcome outcome;
    private @Nullable String error;

    protected MailAttempt() {
        this.attemptedAt = Instant.EPOCH;
        this.outcome = AttemptOutcome.FAILED;
    }

    MailAttempt(long mailId, Instant attemptedAt, AttemptOutcome outcome, @Nullable String error) {
        this.mailId = mailId;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.error = error == null ? null : OutboxMail.limitError(error);
    }

    MailAttemptEntry toEntry() {
        return new MailAttemptEntry(attemptedAt, outcome, error);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MailAttempt that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return MailAttempt.class.hashCode();
    }
}
