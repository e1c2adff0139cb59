package org.neighbourhood.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Slugs: the readable, stable part of a public address, such as {@code castle-quarter}. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /** A slug made from a name: accents dropped, lower case, words joined by hyphens. */
    public static String of(String name) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replace('ł', 'l').replace('Ł', 'L')
                .replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return shortened(slug, MAX_LENGTH);
    }

    /**
     * A slug made from a name that nothing else has yet: {@code summer-fair}, then {@code summer-fair-2},
     * {@code summer-fair-3}… A long name gives way to the number, so that every answer is still a valid slug.
     */
    public static String unique(String name, Predicate<String> taken) {
        var base = of(name);
        var slug = base;
        for (int n = 2; taken.test(slug); n++) {
            var suffix = "-" + n;
            slug = shortened(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return slug;
    }

    private static String shortened(String slug, int length) {
        return slug.length() > length ? slug.substring(0, length).replaceAll("-+$", "") : slug;
    }
}
