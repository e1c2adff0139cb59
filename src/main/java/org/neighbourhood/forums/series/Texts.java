package org.neighbourhood.forums.series;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Chooses the Polish text for a Polish reader where there is one, otherwise the English. */
public final class Texts {

    private Texts() {
    }

    public static String pick(String english, @Nullable String polish, Locale locale) {
        return isPolish(locale) && polish != null && !polish.isBlank() ? polish : english;
    }

    public static @Nullable String pickOptional(@Nullable String english, @Nullable String polish, Locale locale) {
        return isPolish(locale) && polish != null && !polish.isBlank() ? polish : english;
    }

    /** True when a Polish reader gets English because nobody has written the Polish yet. */
    public static boolean fellBack(@Nullable String polish, Locale locale) {
        return isPolish(locale) && (polish == null || polish.isBlank());
    }

    private static boolean isPolish(Locale locale) {
        return "pl".equals(locale.getLanguage());
    }
}
