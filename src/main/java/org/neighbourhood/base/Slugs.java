package org.neighbourhood.base;

import java.text.Normalizer;
import java.util.Locale;
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
        return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") : slug;
    }
}
