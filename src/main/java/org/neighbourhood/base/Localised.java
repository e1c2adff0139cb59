package org.neighbourhood.base;

import java.util.Locale;

/**
 * One language's text of an item, chosen for a reader.
 *
 * @param text the chosen translation
 * @param language the language it is written in, for the {@code lang} attribute of what shows it
 * @param inRequestedLanguage false when the reader asked for another language that nobody has written yet, so the
 *        page says why it shows this one
 */
public record Localised<T>(T text, Locale language, boolean inRequestedLanguage) {
}
