package org.neighbourhood.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The languages the portal speaks: English, plus one for every {@code vaadin-i18n/translations_xx.properties}
 * bundle on the class path, so a language is added by adding its bundle, with no code change.
 */
@Component
public class Languages {

    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final String COOKIE = "lang";
    public static final String PARAMETER = "lang";

    private static final Pattern BUNDLE = Pattern.compile("translations_([a-z]{2,3})\\.properties");

    private final List<Locale> supported;

    Languages() {
        this(discoverBundles());
    }

    Languages(List<Locale> supported) {
        this.supported = List.copyOf(supported);
    }

    public List<Locale> supported() {
        return supported;
    }

    /** The supported language a tag such as {@code pl} or {@code pl-PL} names, if any. */
    public Optional<Locale> match(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        var language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return supported.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /**
     * Which language to speak: an explicit choice in the address first, then the one remembered in the
     * cookie, then the browser's preference, then English.
     */
    public Locale resolve(@Nullable String parameter, @Nullable String cookie, @Nullable String acceptLanguage) {
        return match(parameter)
                .or(() -> match(cookie))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(DEFAULT);
    }

    /**
     * The language a request asks for without a cookie, as a calendar program or feed reader asks: the one in the
     * address, else the browser's preference; empty when it asks for none the portal speaks.
     */
    public Optional<Locale> requested(@Nullable String parameter, @Nullable String acceptLanguage) {
        return match(parameter).or(() -> fromAcceptLanguage(acceptLanguage));
    }

    /** The locale to format dates and times with: British conventions for English, as the portal is British. */
    public static Locale formatting(Locale language) {
        return "en".equals(language.getLanguage()) ? Locale.UK : language;
    }

    private Optional<Locale> fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> match(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static List<Locale> discoverBundles() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:vaadin-i18n/translations_*.properties");
            var locales = new ArrayList<Locale>();
            locales.add(DEFAULT);
            Arrays.stream(bundles)
                    .map(Resource::getFilename)
                    .filter(name -> name != null)
                    .map(BUNDLE::matcher)
                    .filter(java.util.regex.Matcher::matches)
                    .map(matcher -> Locale.of(matcher.group(1)))
                    .filter(locale -> !locales.contains(locale))
                    .sorted(Comparator.comparing(Locale::getLanguage))
                    .forEach(locales::add);
            return locales;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
