package org.neighbourhood.neighbourhoods;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode as people type it — any case, any spacing — either full ({@code NS1 4AB}) or just its
 * outward code ({@code NS1}). Normalised to upper case with one space before the inward code.
 */
public record Postcode(String outward, @org.jspecify.annotations.Nullable String inward) {

    public static final int MAX_INPUT_LENGTH = 12;

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern INWARD = Pattern.compile("[0-9][A-Z]{2}");
    private static final Pattern FULL = Pattern.compile("(" + OUTWARD.pattern() + ")(" + INWARD.pattern() + ")");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    public Postcode {
        if (!OUTWARD.matcher(outward).matches() || (inward != null && !INWARD.matcher(inward).matches())) {
            throw new IllegalArgumentException("Not a postcode: " + outward + " " + inward);
        }
    }

    /** Reads what a person typed; empty when it is not a postcode or an outward code. */
    public static Optional<Postcode> parse(String input) {
        if (input.length() > MAX_INPUT_LENGTH * 2) {
            return Optional.empty();
        }
        var compact = SPACES.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
        var full = FULL.matcher(compact);
        if (full.matches()) {
            return Optional.of(new Postcode(full.group(1), full.group(2)));
        }
        if (OUTWARD.matcher(compact).matches()) {
            return Optional.of(new Postcode(compact, null));
        }
        return Optional.empty();
    }

    public boolean isFull() {
        return inward != null;
    }

    /** The normalised form: {@code NS1 4AB} or {@code NS1}. */
    @Override
    public String toString() {
        return inward == null ? outward : outward + " " + inward;
    }

    /**
     * The postcode packed into 6 bits a character (at most 7 characters without the space), so that a
     * national set of postcodes fits in a sorted array of longs. Full postcodes and outward codes never
     * share a key because the inward code always ends in two letters and starts with a digit.
     */
    long key() {
        var compact = inward == null ? outward : outward + inward;
        long key = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            int code = c <= '9' ? c - '0' + 1 : c - 'A' + 11;
            key = (key << 6) | code;
        }
        return key;
    }
}
