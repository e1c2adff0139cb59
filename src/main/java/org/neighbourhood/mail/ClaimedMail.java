package org.neighbourhood.mail;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** An outbox mail a dispatcher has claimed for one attempt; the claim time identifies the claim. */
record ClaimedMail(long id, String recipient, Locale locale, String template, Map<String, String> payload,
        String messageId, int attempts, Instant claimedAt) {

    static ClaimedMail of(OutboxMail mail, Instant claimedAt) {
        return new ClaimedMail(mail.id(), mail.recipient(), mail.locale(), mail.template(), mail.payload(),
                mail.messageId(), mail.attempts(), claimedAt);
    }
}
