package org.neighbourhood.security;

/** A new password that the {@link PasswordPolicy} refuses; {@link #messageKey()} says why, for the view. */
public class PasswordRefusedException extends RuntimeException {

    private final String messageKey;

    PasswordRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** A translation key such as {@code password.too-short}; its message takes the minimum length as {0}. */
    public String messageKey() {
        return messageKey;
    }
}
