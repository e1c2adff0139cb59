package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every language bundle says everything the English one says: a missing key shows visitors "!key", an
 * extra one is a typo or a leftover, and a lost placeholder silently drops a name, date or number.
 */
class TranslationBundlesTest {

    /** The argument a {@code {…}} refers to: an index such as 0, or a name such as forceName. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)");
    /** An apostrophe standing alone, which MessageFormat takes as the start of quoted text. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Properties english = load(new PathMatchingResourcePatternResolver()
            .getResource("classpath:vaadin-i18n/translations.properties"));

    @Test
    void the_welsh_and_polish_bundles_are_found_on_the_class_path() {
        assertThat(bundles().stream().map(Resource::getFilename))
                .contains("translations_pl.properties", "translations_cy.properties");
    }

    @Test
    void every_bundle_has_exactly_the_keys_of_the_english_one() {
        var problems = new ArrayList<String>();
        for (var bundle : bundles()) {
            var keys = load(bundle).stringPropertyNames();
            var missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(keys);
            var extra = new TreeSet<>(keys);
            extra.removeAll(english.stringPropertyNames());
            if (!missing.isEmpty()) {
                problems.add(bundle.getFilename() + " misses " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(bundle.getFilename() + " has keys English does not: " + extra);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_value_in_any_bundle_is_empty() {
        var problems = new ArrayList<String>();
        for (var bundle : allBundles()) {
            var translations = load(bundle);
            translations.stringPropertyNames().stream().sorted()
                    .filter(key -> translations.getProperty(key).isBlank())
                    .forEach(key -> problems.add(bundle.getFilename() + ": " + key));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_translation_uses_the_same_placeholders_as_the_english() {
        var problems = new ArrayList<String>();
        for (var bundle : bundles()) {
            var translations = load(bundle);
            for (var key : new TreeSet<>(translations.stringPropertyNames())) {
                var expected = english.getProperty(key);
                if (expected == null) {
                    continue;
                }
                var actual = arguments(translations.getProperty(key));
                if (!actual.equals(arguments(expected))) {
                    problems.add(bundle.getFilename() + ": " + key + " has " + actual + " instead of "
                            + arguments(expected));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Messages with arguments go through MessageFormat, which would swallow a lone apostrophe and the text after it. */
    @Test
    void no_message_with_arguments_has_a_lone_apostrophe() {
        var problems = new ArrayList<String>();
        for (var bundle : allBundles()) {
            var translations = load(bundle);
            translations.stringPropertyNames().stream().sorted()
                    .filter(key -> !arguments(translations.getProperty(key)).isEmpty())
                    .filter(key -> LONE_APOSTROPHE.matcher(translations.getProperty(key)).find())
                    .forEach(key -> problems.add(bundle.getFilename() + ": " + key));
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> arguments(String message) {
        return ARGUMENT.matcher(message).results().map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<Resource> allBundles() {
        var all = new ArrayList<>(bundles());
        all.add(new PathMatchingResourcePatternResolver().getResource("classpath:vaadin-i18n/translations.properties"));
        return all;
    }

    private static List<Resource> bundles() {
        try {
            return Arrays.asList(new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:vaadin-i18n/translations_*.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As Java 9+ resource bundles and Spring Boot's message source read them: UTF-8. */
    private static Properties load(Resource resource) {
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            var properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
