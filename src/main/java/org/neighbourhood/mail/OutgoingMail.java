package org.neighbourhood.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An email to write to the outbox: rendered at send time from {@code src/main/resources/mail/{template}.txt}
 * and {@code .html} in the recipient's language, with the payload's entries as template variables.
 *
 * @param recipient one plain address, such as {@code resident@example.org}
 * @param locale the language to write it in; a language without a bundle falls back to English
 * @param template the template's name, lower case letters, digits and hyphens, such as {@code forum-confirm}
 * @param payload the template's variables by name; a name ending in {@code Url} must hold an absolute http(s)
 *     address, {@code manageUrl}, where given, is offered in the footer as "manage or cancel", and
 *     {@code name} is the recipient's name for the greeting (see {@link #NAME})
 * @param secrets the payload entries erased from the outbox once the mail is delivered (see {@link #withSecrets})
 */
public record OutgoingMail(String recipient, Locale locale, String template, Map<String, String> payload,
        Set<String> secrets) {

    /** The payload key whose address every mail's footer offers for managing or cancelling. */
    public static final String MANAGE_URL = "manageUrl";
    /**
     * The payload key of the recipient's name as they typed it. Templates never see it as typed: the mail greets
     * by it ({@code ${greeting}}) only where {@link MailNames} finds it a plain name, and otherwise without it.
     */
    public static final String NAME = "name";

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        payload = Map.copyOf(payload);
        secrets = Set.copyOf(secrets);
        if (!payload.keySet().containsAll(secrets)) {
            throw new IllegalArgumentException("A secret must be a payload entry: " + secrets);
        }
    }

    /** A mail none of whose payload is secret. */
    public OutgoingMail(String recipient, Locale locale, String template, Map<String, String> payload) {
        this(recipient, locale, template, payload, Set.of());
    }

    /**
     * This mail with the named payload entries marked secret, such as a link holding a sign-in or confirmation
     * token: the outbox keeps them only until the mail is delivered (to send it again after a failure), then
     * erases them.
     */
    public OutgoingMail withSecrets(String... keys) {
        var all = new java.util.HashSet<>(secrets);
        all.addAll(Set.of(keys));
        return new OutgoingMail(recipient, locale, template, payload, all);
    }
}
