package org.neighbourhood.mail;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one judge of whether a name a person typed into a public form may appear in an email. Anyone can type
 * anything into that field, with someone else's address beside it, so the portal's own mail would carry their
 * words: a name is used only where it is plain words that look like a name (letters, with the apostrophes,
 * hyphens and full stops of names such as {@code Mary-Jane O'Neil} or {@code J. Smith}), short, and a few words
 * at most. Anything else (a link, an address, markup, digits) is not shown at all, and the mail greets without
 * a name.
 */
public final class MailNames {

    /** The longest name an email greets by; longer is more likely a message than a name. */
    public static final int MAX_LENGTH = 60;
    static final int MAX_WORDS = 6;

    /** One word of a name: letters, joined by an apostrophe or hyphen, perhaps ending in a full stop. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*\\.?");

    private MailNames() {
    }

    /** The name as an email may greet by it, spaces tidied; empty where it does not look like a name. */
    public static Optional<String> greetable(String typed) {
        var name = Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var words = name.split(" ");
        if (words.length > MAX_WORDS) {
            return Optional.empty();
        }
        for (var word : words) {
            if (!WORD.matcher(word).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }
}
