package org.neighbourhood.base;

import java.util.regex.Pattern;

/**
 * The one test of "is this an email address" that every form and import uses, so that an address accepted in
 * one place is never refused in another. It checks the shape only (something, one {@code @}, a domain with a
 * dot); whether the address reaches anyone is for the mail it is sent.
 */
public final class EmailAddresses {

    /** The longest address that SMTP carries (RFC 5321's path limit less its angle brackets). */
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    /** Whether {@code address}, as given (callers strip what people type), has the shape of an email address. */
    public static boolean isValid(String address) {
        return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
    }
}
