package org.neighbourhood.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An email the local mail catcher received, as the demo mailbox shows it. */
public record CaughtMail(String messageId, String from, String to, String subject, @Nullable Instant sentAt,
        String text, String html) {
}
