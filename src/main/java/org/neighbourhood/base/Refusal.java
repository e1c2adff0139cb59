package org.neighbourhood.base;

import org.jspecify.annotations.Nullable;

/**
 * A request a service refuses for a reason the person who made it can put right. It carries a message key and
 * its arguments, never a sentence, so that each view says it in the language of whoever is reading; and it
 * may name the field at fault, so that the view can mark it.
 */
public class Refusal extends IllegalArgumentException {

    private final @Nullable String field;
    private final String key;
    private final Object[] arguments;

    private Refusal(@Nullable String field, String key, Object... arguments) {
        super(key);
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A refusal of the request as a whole. */
    public static Refusal of(String key, Object... arguments) {
        return new Refusal(null, key, arguments);
    }

    /** A refusal of what was given for one field, such as {@code email}. */
    public static Refusal about(String field, String key, Object... arguments) {
        return new Refusal(field, key, arguments);
    }

    /** The field at fault, by the name the service's method gives it, or null when it is the whole request. */
    public @Nullable String field() {
        return field;
    }

    /** A translation key in the {@code vaadin-i18n/translations} bundles. */
    public String key() {
        return key;
    }

    /** The key's message arguments, {0}, {1}… */
    public Object[] arguments() {
        return arguments.clone();
    }
}
