package org.neighbourhood.security;

/** A two-step code that is wrong, already used or too old; or, when {@link #throttled()}, one too many tries. */
public class TwoStepCodeRefusedException extends RuntimeException {

    private final boolean throttled;

    TwoStepCodeRefusedException(boolean throttled) {
        super(throttled ? "Too many two-step attempts" : "Wrong two-step code");
        this.throttled = throttled;
    }

    public boolean throttled() {
        return throttled;
    }

    /** The message key a view shows for it. */
    public String messageKey() {
        return throttled ? "two-step.throttled" : "two-step.wrong";
    }
}
