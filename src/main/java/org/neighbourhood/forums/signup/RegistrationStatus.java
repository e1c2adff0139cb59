package org.neighbourhood.forums.signup;

/** Where a sign-up stands. Only {@link #CONFIRMED} holds a place; the waiting list is in order of confirming. */
public enum RegistrationStatus {
    /** Signed up, but the emailed link has not been clicked yet: it does not count. */
    PENDING,
    CONFIRMED,
    WAITING,
    CANCELLED;

    public boolean isRegistered() {
        return this == CONFIRMED || this == WAITING;
    }
}
