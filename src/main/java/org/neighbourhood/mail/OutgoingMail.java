package org.neighbourhood.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An email to write to the outbox: rendered at send time from {@code src/main/resources/mail/{template}.txt}
 * and {@code .html} in the recipient's language, with the payload's entries as template variables.
 *
 * @param recipient one plain address, such as {@code resident@example.org}
 * @param locale the language to write it in; a language without a bundle falls back to English
 * @param template the template's name, lower case letters, digits and hyphens, such as {@code forum-confirm}
 * @param payload the template's variables by name; a name ending in {@code Url} must hold an absolute http(s)
 *     address, and {@code manageUrl}, where given, is offered in the footer as "manage or cancel"
 */
public record OutgoingMail(String recipient, Locale locale, String template, Map<String, String> payload) {

    /** The payload key whose address every mail's footer offers for managing or cancelling. */
    public static final String MANAGE_URL = "manageUrl";

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        payload = Map.copyOf(payload);
    }
}
