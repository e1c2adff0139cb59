package org.neighbourhood.forums.series;

/** Where a forum session happens. */
public enum SessionFormat {
    IN_PERSON, ONLINE, HYBRID;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean isOnline() {
        return this != IN_PERSON;
    }
}
