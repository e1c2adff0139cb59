package org.neighbourhood.forums.series;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/** How texts kept per language are tidied before they are checked and stored. */
final class Texts {

    private Texts() {
    }

    static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    static @Nullable String clean(@Nullable String value) {
        return present(value) ? value.strip() : null;
    }

    /** Every translation tidied, those with nothing written left out, in the order given. */
    static <T> Map<String, T> normalised(Map<String, T> texts, UnaryOperator<T> tidy, Predicate<T> empty) {
        var result = new LinkedHashMap<String, T>();
        texts.forEach((language, text) -> {
            var tidied = tidy.apply(text);
            if (!empty.test(tidied)) {
                result.put(language, tidied);
            }
        });
        return result;
    }
}
