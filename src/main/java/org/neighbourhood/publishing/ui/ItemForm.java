package org.neighbourhood.publishing.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/**
 * What an item editor's fields hold while someone types, kept even when a save fails: the neighbourhood and each
 * language's text fields by name. A content type extends it with the fields that have no language and says how
 * they make its content.
 */
public abstract class ItemForm<C> {

    private @Nullable NeighbourhoodSummary neighbourhood;
    private final Map<String, Map<String, String>> texts = new HashMap<>();

    public @Nullable NeighbourhoodSummary getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(@Nullable NeighbourhoodSummary value) {
        neighbourhood = value;
    }

    /** What is typed in one language's field, such as {@code ("pl", "title")}; empty when nothing is. */
    public String text(String language, String field) {
        return texts.getOrDefault(language, Map.of()).getOrDefault(field, "");
    }

    public void setText(String language, String field, @Nullable String value) {
        texts.computeIfAbsent(language, l -> new HashMap<>()).put(field, value == null ? "" : value);
    }

    /** Puts one text of each language into the form's field of that name, such as every language's title. */
    protected <T> void setTexts(Map<String, T> texts, String field, Function<T, @Nullable String> text) {
        texts.forEach((language, t) -> setText(language, field, text.apply(t)));
    }

    /** The field's text stripped, or null when nothing but spaces is typed. */
    public @Nullable String stripped(String language, String field) {
        var text = text(language, field).strip();
        return text.isEmpty() ? null : text;
    }

    /** True when anything is typed in that language. */
    public boolean hasText(String language) {
        return texts.getOrDefault(language, Map.of()).values().stream().anyMatch(v -> !v.isBlank());
    }

    /** The content the form holds, in these languages. */
    public abstract C content(List<String> languages);

    /** Each language's text made into the content type's text; the service drops languages left blank. */
    public <T> Map<String, T> texts(List<String> languages, Function<String, T> text) {
        var result = new LinkedHashMap<String, T>();
        languages.forEach(language -> result.put(language, text.apply(language)));
        return result;
    }
}
