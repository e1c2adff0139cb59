package org.neighbourhood.base;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The portal's words in every language, from the {@code vaadin-i18n/translations} bundles; the same bundles
 * serve views, page metadata and, later, emails.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Locale locale, Object... arguments) {
        try {
            return source.getMessage(key, arguments, locale);
        } catch (NoSuchMessageException missing) {
            return "!" + key;
        }
    }
}
