package org.neighbourhood.mail;

import java.util.Locale;
import java.util.Map;

import org.neighbourhood.security.AccountMail;
import org.springframework.stereotype.Component;

/** The account emails of the security feature, written to the outbox in the caller's transaction. */
@Component
class AccountMails implements AccountMail {

    static final String PASSWORD_RESET = "password-reset";

    private final MailOutbox outbox;

    AccountMails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void passwordReset(String recipient, Locale locale, String displayName, String resetUrl,
            long validMinutes) {
        outbox.enqueue(new OutgoingMail(recipient, locale, PASSWORD_RESET, Map.of("name", displayName,
                "resetUrl", resetUrl, "validMinutes", Long.toString(validMinutes))).withSecrets("resetUrl"));
    }
}
