package org.neighbourhood.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An outbox mail as the back office lists it: the recipient partly masked, never the payload (it may hold
 * links with tokens).
 */
public record OutboxEntry(long id, String maskedRecipient, String template, String language, MailStatus status,
        int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
        @Nullable Instant sentAt) {
}
