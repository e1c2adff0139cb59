package org.neighbourhood.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set: at least {@link #MIN_LENGTH} characters and not one
 * of the 10,000 most common passwords ({@code security/common-passwords.txt}), nor one of them with digits
 * or symbols stuck on the end, nor a short string repeated. Length does most of the work (ASVS 5.0 6.2);
 * the list catches the long ones that everyone tries first, such as {@code 1q2w3e4r5t6y}.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that does not meet the policy, with the reason as a message key. */
    void check(String password) {
        if (password.length() < MIN_LENGTH) {
            throw new PasswordRefusedException("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            throw new PasswordRefusedException("password.too-long");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        var stem = lower.replaceAll("[\\d\\W_]+$", "");
        if (common.contains(lower) || stem.length() >= 4 && common.contains(stem) || repeats(lower)) {
            throw new PasswordRefusedException("password.common");
        }
    }

    /** True for "abcabcabcabc" or "aaaaaaaaaaaa": a string of at most four characters, over and over. */
    private static boolean repeats(String password) {
        for (int length = 1; length <= 4; length++) {
            if (password.length() % length == 0
                    && password.substring(0, length).repeat(password.length() / length).equals(password)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords cannot be read", e);
        }
        return Set.copyOf(words);
    }
}
