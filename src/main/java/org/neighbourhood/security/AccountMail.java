package org.neighbourhood.security;

import java.util.Locale;

/**
 * Sends the emails about an account. The mail feature provides it, so that this feature stays below mail
 * (which records its own changes in this feature's audit log): mail depends on this one, never the other way.
 * Called inside the transaction that causes the email, which must be open.
 */
public interface AccountMail {

    /** A "forgot password" link, valid until {@code validMinutes} from now. */
    void passwordReset(String recipient, Locale locale, String displayName, String resetUrl, long validMinutes);
}
