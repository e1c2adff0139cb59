package org.neighbourhood.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One attempt to send an outbox mail, as the back office shows it. */
public record MailAttemptEntry(Instant attemptedAt, AttemptOutcome outcome, @Nullable String error) {
}
