package org.neighbourhood.forums.signup;

import java.util.Map;

/** How many people hold a place at a session, wait for one, or have signed up without confirming yet. */
public record PlaceCount(int confirmed, int waiting, int pending) {

    public static final PlaceCount NONE = new PlaceCount(0, 0, 0);

    static PlaceCount of(Map<RegistrationStatus, Long> counts) {
        return new PlaceCount(count(counts, RegistrationStatus.CONFIRMED), count(counts, RegistrationStatus.WAITING),
                count(counts, RegistrationStatus.PENDING));
    }

    private static int count(Map<RegistrationStatus, Long> counts, RegistrationStatus status) {
        return counts.getOrDefault(status, 0L).intValue();
    }
}
