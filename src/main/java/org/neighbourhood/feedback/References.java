package org.neighbourhood.feedback;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Short references residents can read out on the phone, such as {@code RVS-7K3Q}: three letters of the
 * neighbourhood's name (its first letter and the next consonants that differ), then four characters from an
 * alphabet without the ones people confuse (0 and O, 1, I and L). {@code GEN} is the force in general.
 */
final class References {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final String GENERAL = "GEN";
    private static final int RANDOM_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    static String next(@Nullable String neighbourhoodName) {
        var reference = new StringBuilder(code(neighbourhoodName)).append('-');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** The neighbourhood's three letters: Riverside is RVS. */
    static String code(@Nullable String neighbourhoodName) {
        if (neighbourhoodName == null) {
            return GENERAL;
        }
        var letters = Normalizer.normalize(neighbourhoodName, Normalizer.Form.NFD).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z]", "");
        if (letters.isEmpty()) {
            return GENERAL;
        }
        var code = new StringBuilder().append(letters.charAt(0));
        for (int i = 1; i < letters.length() && code.length() < 3; i++) {
            char c = letters.charAt(i);
            if ("AEIOU".indexOf(c) < 0 && code.indexOf(String.valueOf(c)) < 0) {
                code.append(c);
            }
        }
        while (code.length() < 3) {
            code.append('X');
        }
        return code.toString();
    }
}
