package org.neighbourhood.base;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The languages teams write their content in: configuration ({@code neighbourhood.languages}, default
 * {@code en,pl,cy}), not code. The first is required for every item; the others are optional translations. Labels
 * are another matter: they come from the {@code translations_xx.properties} bundles ({@link Languages}), so a
 * reader may read the portal in a language nobody writes content in and get the first language with a note.
 */
@Component
public class ContentLanguages {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}");

    private final List<Locale> languages;

    ContentLanguages(@Value("${neighbourhood.languages:en,pl,cy}") List<String> tags) {
        var found = new ArrayList<Locale>();
        for (var tag : tags) {
            var clean = tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(clean).matches()) {
                throw new IllegalStateException("neighbourhood.languages: “" + tag
                        + "” is not a language code such as en, pl or cy");
            }
            var locale = Locale.of(clean);
            if (!found.contains(locale)) {
                found.add(locale);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("neighbourhood.languages must name at least one language, such as en");
        }
        this.languages = List.copyOf(found);
    }

    /** The languages in the order configured, such as {@code en, pl, cy}. */
    public static ContentLanguages of(String... tags) {
        return new ContentLanguages(List.of(tags));
    }

    public List<Locale> all() {
        return languages;
    }

    /** The language every item must be written in. */
    public Locale first() {
        return languages.getFirst();
    }

    /** The language codes in order, such as {@code en}. */
    public List<String> tags() {
        return languages.stream().map(Locale::getLanguage).toList();
    }

    public boolean offers(String tag) {
        return tags().contains(tag);
    }

    /**
     * The text to show a reader: in their language when it is written; otherwise in the first configured language
     * that is, with the reader told; otherwise in whatever language there is. Empty when nothing is written.
     *
     * @param written whether a translation says enough to be shown, such as "has a title"
     */
    public <T> Optional<Localised<T>> pick(Map<String, T> texts, Locale reader, Predicate<? super T> written) {
        var wanted = reader.getLanguage();
        var own = texts.get(wanted);
        if (own != null && written.test(own)) {
            return Optional.of(new Localised<>(own, Locale.of(wanted), true));
        }
        var order = new ArrayList<>(tags());
        texts.keySet().stream().sorted().filter(tag -> !order.contains(tag)).forEach(order::add);
        for (var tag : order) {
            var text = texts.get(tag);
            if (text != null && written.test(text)) {
                return Optional.of(new Localised<>(text, Locale.of(tag), false));
            }
        }
        return Optional.empty();
    }

    /** The texts in the configured order, dropping languages no longer configured and those not written. */
    public <T> Map<String, T> ordered(Map<String, T> texts, Predicate<? super T> written) {
        var ordered = new LinkedHashMap<String, T>();
        for (var tag : tags()) {
            var text = texts.get(tag);
            if (text != null && written.test(text)) {
                ordered.put(tag, text);
            }
        }
        return ordered;
    }

    /**
     * Refuses content without its first language's text.
     *
     * @throws Refusal {@code content.first-language.required}, naming the field {@code texts.<first language>};
     *         its argument is the language, for the view to name in the reader's words
     */
    public <T> void requireFirst(Map<String, T> texts, Predicate<? super T> written) {
        var first = first().getLanguage();
        var text = texts.get(first);
        if (text == null || !written.test(text)) {
            throw Refusal.about("texts." + first, "content.first-language.required", first());
        }
    }
}
